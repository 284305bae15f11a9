// Output hyphenation (TYPOGRAPHY.md, "Hyphenation (césure) for output"): TeX patterns through a
// token guard of the house rules, and the office's exception list.
export { hyphenate, hyphenationPoints, SOFT_HYPHEN, type HyphenateOptions } from './hyphenate';
export { LANG_RULES, MIN_WORD, isMuteSyllable, type LangHyphenRules } from './rules';
export { libraryHyphenator } from './patterns';
