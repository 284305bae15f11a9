// What the release view needs from the body editor.
export { BodyEditor, type BodyEditorProps } from './BodyEditor';
export { $docToLexical, $lexicalToDoc, lexicalToDoc } from './convert';
export { normalizeDoc } from './normalForm';
export { isAllowedHref, normalizeHref } from './links';
