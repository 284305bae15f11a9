export { splitRelease, type SplitContext } from './split';
export { detectLanguage } from './language';
