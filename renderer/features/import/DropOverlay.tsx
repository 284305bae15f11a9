import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';

/** Shown over the whole window while files are dragged over it. */
export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Icon name="import" size={36} />
        <p className="drop-title">{t('import.drop.title')}</p>
        <p className="drop-formats">{t('import.drop.formats')}</p>
      </div>
    </div>
  );
}
