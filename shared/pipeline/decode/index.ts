// The decode stage: bytes → DecodedDocument (text with LF lines, per-line hints, metadata).
export { decodeDocument } from './document';
export { decodeBytes, extensionOf, mediaTypeOf, type Decoded } from './decode';
export { decodeCharset, decodeWindows1252, looksBinary, type Charset } from './charset';
export { flattenHtml, type FlatHtml, type FlattenOptions } from './html/flatten';
export { markdownLines } from './markdown';
export { decodeTextEntities, normaliseText } from './normalise';
