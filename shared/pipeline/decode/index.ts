export { decodeBytes, decodeWindows1252, looksBinary, mediaTypeOf, extensionOf, type Decoded } from './decode';
export { decodeDocument } from './document';
