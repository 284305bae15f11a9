// The house rules for breaking a word at a line end (TYPOGRAPHY.md, "Hyphenation (césure) for
// output"), as data: minimums per language and the French final mute syllable.
import type { TypoLang } from '../typography/model';

export interface LangHyphenRules {
  /** Letters that must stay before a break. */
  readonly left: number;
  /** Letters that must be carried over after a break. */
  readonly right: number;
  /** French: a final mute syllable (-ble, -tre, -ses…) is never carried over alone. */
  readonly muteFinal: boolean;
}

export const LANG_RULES: Readonly<Record<TypoLang, LangHyphenRules>> = {
  fr: { left: 2, right: 3, muteFinal: true },
  en: { left: 2, right: 3, muteFinal: false },
  es: { left: 2, right: 2, muteFinal: false },
};

/** Words (or the part of a word between apostrophes) shorter than this never break. */
export const MIN_WORD = 4;

/**
 * Letters before a break in a word that follows an apostrophe: the elided article and two
 * letters must not end a line (`l’or-ganisation` reads as « l’or »), so at least three.
 */
export const AFTER_APOSTROPHE_LEFT = 3;

/**
 * True when `rest` (lower case, the end of a word after a break) is one mute syllable: consonants
 * (qu and gu count as one) (or none) then a final e or es — `ble`, `tre`, `gnes`, `que`, `ses`.
 */
export function isMuteSyllable(rest: string): boolean {
  return /^(?:qu|gu|[bcçdfghjklmnpqrstvwxz])*es?$/.test(rest);
}
