import { hyphenate, type HyphenateOptions } from '../../../../shared/pipeline/hyphenation';
import type { TypoLang } from '../../../../shared/pipeline/typography';

/** `hyphenate` with each soft hyphen shown as `|`, for readable expectations. */
export function marks(text: string, lang: TypoLang, opts?: HyphenateOptions): string {
  return hyphenate(text, lang, opts).replaceAll('\u00AD', '|');
}

/** A tiny "lexicon" of common words, as the unwrap stage's would answer for them. */
export function knownWords(words: readonly string[]): (w: string) => boolean {
  const set = new Set(words);
  return (w) => set.has(w.replace(/[’ʼ]/g, "'"));
}
