import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useImport } from '../import/ImportContext';
import type { LibraryQuery } from './query';
import { showTrash, updateQuery } from './session';

const STEPS = [
  ['library.welcome.step1', 'library.welcome.step1.text'],
  ['library.welcome.step2', 'library.welcome.step2.text'],
  ['library.welcome.step3', 'library.welcome.step3.text'],
  ['library.welcome.step4', 'library.welcome.step4.text'],
] as const;

/** First run: what Galley does, in four steps, and three ways to start, examples first. */
export function Welcome() {
  const { t } = useI18n();
  const { info } = useApp();
  const importer = useImport();
  return (
    <div className="welcome" data-testid="library-welcome">
      <h2 className="welcome-title">{t('library.welcome.title')}</h2>
      <p className="welcome-lead">{t('library.welcome.lead')}</p>
      <ol className="welcome-steps">
        {STEPS.map(([title, text], i) => (
          <li key={title}>
            <span className="welcome-step-number" aria-hidden="true">
              {i + 1}
            </span>
            <strong>{t(title)}</strong>
            <span>{t(text)}</span>
          </li>
        ))}
      </ol>
      <div className="welcome-actions">
        {info.examplesAvailable && (
          <div className="welcome-examples">
            <button type="button" className="primary big" onClick={importer.importExamples} disabled={importer.busy} data-testid="examples-button">
              <Icon name="sparkle" /> {t('library.welcome.examples')}
            </button>
            <span className="welcome-hint">{t('library.welcome.examplesHint')}</span>
          </div>
        )}
        <div className="welcome-secondary">
          <button type="button" className={info.examplesAvailable ? undefined : 'primary'} onClick={importer.chooseFiles} disabled={importer.busy} data-testid="welcome-import">
            <Icon name="import" /> {t('library.welcome.import')}
          </button>
          <button type="button" onClick={() => importer.pasteText()} data-testid="welcome-paste">
            <Icon name="paste" /> {t('library.welcome.paste')}
          </button>
        </div>
        <p className="welcome-hint">{t('library.welcome.drop')}</p>
      </div>
    </div>
  );
}

/** A search or filter found nothing: say so, and offer the way back. */
export function NoResults({ query }: { query: LibraryQuery }) {
  const { t } = useI18n();
  const search = query.search.trim();
  return (
    <EmptyState
      icon="search"
      title={search ? t('library.noResults.search', { search }) : t('library.noResults.filters')}
      testId="library-no-results"
      actions={
        <button type="button" onClick={() => updateQuery({ search: '', status: null, language: null, theme: null })} data-testid="clear-filters">
          {t('library.noResults.clear')}
        </button>
      }
    >
      {t('library.noResults.hint')}
    </EmptyState>
  );
}

/** Nothing in the trash. */
export function EmptyTrash() {
  const { t } = useI18n();
  return (
    <EmptyState
      icon="trash"
      title={t('library.emptyTrash.title')}
      testId="trash-empty"
      actions={
        <button type="button" onClick={() => showTrash(false)}>
          {t('library.emptyTrash.back')}
        </button>
      }
    >
      {t('library.emptyTrash.text')}
    </EmptyState>
  );
}
