import type { DecodeResult, RawFile } from '../model';
import { decodeBytes } from './decode';

/**
 * Bytes to a DecodedDocument. Until the format decoders land, every input is plain text.
 * Pure and total: bad input is `{ ok: false, failure }`, never an exception.
 */
export function decodeDocument(file: RawFile): DecodeResult {
  const decoded = decodeBytes(file.bytes, file.name, file.mediaType);
  if (!decoded.ok) return decoded;
  const lines = decoded.text.split('\n');
  return {
    ok: true,
    doc: { text: decoded.text, encoding: decoded.encoding, mediaType: decoded.mediaType, format: 'text', hints: lines.map(() => null), meta: {} },
  };
}
