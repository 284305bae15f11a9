import type { Language, Theme } from '../../../shared/domain';

/** Lower case without accents, so « sante » finds « Santé ». */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/**
 * Themes of the taxonomy matching what the user typed, for the add-theme combobox: matched on
 * the label in the UI language (accent- and case-insensitive): labels starting with the query
 * first, then labels with a word starting with it, then (from three letters) any label in any
 * language or the id containing it; alphabetical within each rank. Already assigned
 * themes are left out. Pure.
 */
export function filterThemes(themes: readonly Theme[], query: string, lang: Language, exclude: ReadonlySet<string>, locale: string): Theme[] {
  const q = foldForSearch(query.trim());
  const scored: Array<{ theme: Theme; rank: number }> = [];
  for (const theme of themes) {
    if (exclude.has(theme.id)) continue;
    const own = foldForSearch(theme.labels[lang]);
    let rank: number;
    if (!q) rank = 1;
    else if (own.startsWith(q)) rank = 0;
    else if (own.split(/[\s'’-]+/).some((w) => w.startsWith(q))) rank = 1;
    // Inside a word or in another language only from three letters on, or « re » finds « êtres ».
    else if (q.length >= 3 && [own, theme.labels.fr, theme.labels.en, theme.labels.es, theme.id].some((l) => foldForSearch(l).includes(q))) rank = 2;
    else continue;
    scored.push({ theme, rank });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  scored.sort((a, b) => a.rank - b.rank || collator.compare(a.theme.labels[lang], b.theme.labels[lang]));
  return scored.map((s) => s.theme);
}
