import { foldForSearch } from './themeTree';

/** Limits of the contract (ThemeKeywords): a keyword is 1–80 characters, at most 200 per language. */
export const MAX_KEYWORD_LENGTH = 80;
export const MAX_KEYWORDS = 200;

/**
 * Splits what the user typed or pasted into keywords: commas, semicolons and line breaks
 * separate them; spaces are collapsed and trimmed; empty pieces are dropped. Pure.
 */
export function splitKeywordEntry(entry: string): string[] {
  return entry
    .split(/[,;\n\r\t]+/)
    .map((k) => k.replace(/\s+/g, ' ').trim())
    .filter((k) => k.length > 0);
}

export interface KeywordAddResult {
  keywords: string[];
  /** Pieces left out, and why: already there, longer than 80 characters, or over the limit of 200. */
  rejected: { keyword: string; reason: 'duplicate' | 'too-long' | 'too-many' }[];
}

/**
 * Adds the keywords found in `entry` to `list`, keeping the list's order and skipping duplicates
 * (compared without case or accents: `Réintégration` equals `reintegration`). Never mutates. Pure.
 */
export function addKeywords(list: readonly string[], entry: string): KeywordAddResult {
  const keywords = [...list];
  const seen = new Set(list.map(foldForSearch));
  const rejected: KeywordAddResult['rejected'] = [];
  for (const keyword of splitKeywordEntry(entry)) {
    const folded = foldForSearch(keyword);
    if (keyword.length > MAX_KEYWORD_LENGTH) rejected.push({ keyword, reason: 'too-long' });
    else if (seen.has(folded)) rejected.push({ keyword, reason: 'duplicate' });
    else if (keywords.length >= MAX_KEYWORDS) rejected.push({ keyword, reason: 'too-many' });
    else {
      keywords.push(keyword);
      seen.add(folded);
    }
  }
  return { keywords, rejected };
}

/** The list without the keyword at `index` (unchanged when out of range). Pure. */
export function removeKeywordAt(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}
