export { unwrapSegments, unwrapExplained, joinSegments, unwrapText, NO_LEXICON, type UnwrapInput } from './unwrap';
export { glueLines, joinLines, decideHyphen, type Glue, type JoinContext } from './join';
export { HYPHEN_RULES, BREAK_RULES, WRAP_RULE, type HyphenRule, type HyphenCase, type BreakRuleId } from './unwrap.rules';
export { formatWordList, wordListLexicon, normalizeWord, LEXICON_SOURCES, type WordListSource } from './wordlist';
export { expandHunspell, type HunspellWords } from './hunspell';
