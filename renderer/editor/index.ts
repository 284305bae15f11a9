// What the release view needs from the body editor.
export { BodyEditor, type BodyEditorProps } from './BodyEditor';
export { $docToLexical, $lexicalToDoc, lexicalToDoc } from './convert';
export { normalizeDoc } from './normalForm';
export { isAllowedHref, normalizeHref } from './links';
export { TypoStore, type TypoBaseContext, type TypoHandlers, type TypoSnapshot } from './typography/store';
export { itemsOf, type RuleGroup, type TypoItem, type TypoSource } from './typography/items';
export { SuggestionDiff, Drawn } from './typography/SuggestionDiff';
