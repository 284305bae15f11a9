export { unwrapSegments, unwrapExplained, joinSegments, unwrapText, NO_LEXICON, type UnwrapInput } from './unwrap';
export { glueLines, joinLines, decideHyphen, type Glue, type JoinContext } from './join';
export { HYPHEN_RULES, HYPHEN_PREFIXES, WRAP_RULE, type HyphenRule, type HyphenCase } from './hyphen.rules';
export { BREAK_RULES, type BreakRuleId } from './unwrap.rules';
export { textWords, type TextWords } from './vocabulary';
export { formatWordList, wordListLexicon, normalizeWord, LEXICON_SOURCES, type WordListSource } from './wordlist';
export { expandHunspell, type HunspellWords } from './hunspell';
