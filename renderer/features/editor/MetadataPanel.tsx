import { memo, useId } from 'react';
import { LANGUAGES, type Contact, type Language, type ReleaseMeta, type ReleaseTheme, type Theme } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { ContactsEditor } from './ContactsEditor';
import type { DraftFields } from './patch';
import { ThemePicker } from './ThemePicker';

interface PanelProps {
  meta: ReleaseMeta;
  language: Language;
  themes: readonly ReleaseTheme[];
  contacts: readonly Contact[];
  taxonomy: readonly Theme[];
  onEdit: (change: Partial<DraftFields> | ((d: DraftFields) => Partial<DraftFields>)) => void;
}

/** The side column: the release's fields, its themes and its contact block. */
export const MetadataPanel = memo(function MetadataPanel({ meta, language, themes, contacts, taxonomy, onEdit }: PanelProps) {
  const { t } = useI18n();
  const id = useId();
  const setMeta = (patch: Partial<ReleaseMeta>) => onEdit((d) => ({ meta: { ...d.meta, ...patch } }));
  return (
    <div className="meta-panel">
      <section className="meta-section" aria-labelledby={`${id}-details`}>
        <h2 id={`${id}-details`} className="meta-heading">
          {t('release.section.details')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('release.field.title')}</label>
          <textarea
            id={`${id}-title`}
            className="field-title"
            rows={2}
            value={meta.title}
            data-testid="title-input"
            // A title is one line: it wraps on screen, but Enter does not break it.
            onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            onChange={(e) => setMeta({ title: e.target.value.replace(/[\r\n]+/g, ' ') })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-subtitle`}>{t('release.field.subtitle')}</label>
          <textarea id={`${id}-subtitle`} rows={2} value={meta.subtitle} data-testid="subtitle-input" onChange={(e) => setMeta({ subtitle: e.target.value })} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-dateline`}>{t('release.field.dateline')}</label>
            <input id={`${id}-dateline`} type="text" value={meta.dateline} data-testid="dateline-input" onChange={(e) => setMeta({ dateline: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('release.field.date')}</label>
            <div className="date-field">
              <input
                id={`${id}-date`}
                type="date"
                value={meta.date ?? ''}
                data-testid="date-input"
                onChange={(e) => setMeta({ date: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null })}
              />
              {meta.date && (
                <button type="button" className="icon-button" aria-label={t('release.field.dateClear')} data-testid="date-clear" onClick={() => setMeta({ date: null })}>
                  ×
                </button>
              )}
            </div>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('release.field.language')}</label>
          <select id={`${id}-language`} value={language} data-testid="language-select" onChange={(e) => onEdit({ language: e.target.value as Language })}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`release.language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section className="meta-section" aria-labelledby={`${id}-themes`}>
        <h2 id={`${id}-themes`} className="meta-heading">
          {t('release.section.themes')}
        </h2>
        <ThemePicker assigned={themes} taxonomy={taxonomy} onChange={(next) => onEdit({ themes: next })} />
      </section>
      <section className="meta-section" aria-labelledby={`${id}-contacts`}>
        <h2 id={`${id}-contacts`} className="meta-heading">
          {t('release.section.contacts')}
        </h2>
        <ContactsEditor contacts={contacts} onChange={(next) => onEdit({ contacts: next })} />
      </section>
    </div>
  );
});
