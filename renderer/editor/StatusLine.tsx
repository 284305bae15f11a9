import { useI18n } from '../i18n/I18nProvider';
import type { DocStats } from './useDocChanges';

/**
 * Word and character counts of the body, in the UI locale (French: "1 234 mots" with a narrow
 * no-break space as Intl writes it), plus read-only and recovered-error notes.
 */
export function StatusLine({ stats, readOnly, recovered, hint }: { stats: DocStats; readOnly: boolean; recovered: boolean; hint?: string | null }) {
  const { t, locale } = useI18n();
  const plural = new Intl.PluralRules(locale);
  const count = (n: number, one: 'editor.stats.words.one' | 'editor.stats.characters.one', other: 'editor.stats.words.other' | 'editor.stats.characters.other') =>
    t(plural.select(n) === 'one' ? one : other, { count: n.toLocaleString(locale) });

  return (
    <div className="ge-status" role="group" aria-label={t('editor.stats')}>
      <span data-testid="editor-word-count">{count(stats.words, 'editor.stats.words.one', 'editor.stats.words.other')}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="editor-char-count">{count(stats.characters, 'editor.stats.characters.one', 'editor.stats.characters.other')}</span>
      {readOnly && <span className="ge-status-badge">{t('editor.readOnly')}</span>}
      {hint && (
        <span className="ge-status-hint" data-testid="typo-caret-hint">
          {hint}
        </span>
      )}
      {recovered && (
        <span className="ge-status-warning" role="status" data-testid="editor-recovered">
          {t('editor.error.recovered')}
        </span>
      )}
    </div>
  );
}
