export { splitDocument } from './document';
export { splitRelease } from './split';
export { detectLanguage } from './language';
