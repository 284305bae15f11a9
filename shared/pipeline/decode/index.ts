export { decodeBytes, looksBinary, mediaTypeOf, extensionOf, type Decoded } from './decode';
