import type { ExportFormat } from '../../../shared/api';
import { useI18n } from '../../i18n/I18nProvider';
import { MenuButton } from '../../ui/MenuButton';

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: 'export.txt' | 'export.md'; hint: 'export.txtHint' | 'export.mdHint' }> = [
  { format: 'txt', label: 'export.txt', hint: 'export.txtHint' },
  { format: 'md', label: 'export.md', hint: 'export.mdHint' },
];

/** The "Export ▾" menu of the release view: one item per format, with what each gives. */
export function ExportMenu({ busy, onExport }: { busy: ExportFormat | null; onExport: (format: ExportFormat) => void }) {
  const { t } = useI18n();
  return (
    <MenuButton
      align="end"
      testId="export-button"
      menuTestId="export-menu"
      menuLabel={t('export.menu')}
      disabled={busy !== null}
      items={FORMATS.map(({ format, label, hint }) => ({
        id: format,
        label: t(label),
        hint: t(hint),
        testId: `export-${format}`,
        onSelect: () => onExport(format),
      }))}
    >
      {busy ? t('export.busy') : t('export.button')} <span aria-hidden="true">▾</span>
    </MenuButton>
  );
}
