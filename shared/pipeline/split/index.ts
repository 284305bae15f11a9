export { splitDocument } from './document';
export { detectLanguage, guessLanguage, type LanguageGuess } from './language';
export { parseDateline, looksLikePlace, type Dateline } from './dateline';
export { findDate, isoDate, type FoundDate } from './dates';
export { parseStamp, type Stamp } from './stamp';
export { SPLIT_RULES, type SplitRuleId } from './split.rules';
export { countryOf } from './country';
