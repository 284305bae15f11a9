import type { ImportFailure } from '../../domain';
import { decodeCharset } from './charset';
import { MEDIA_TYPES } from './decode.rules';
import { normaliseText } from './normalise';

export type Decoded = { ok: true; text: string; encoding: string; mediaType: string } | { ok: false; failure: ImportFailure; detail: string };

/**
 * The extension of a file name, lower-case; '' when there is none. A suffix of digits only is not
 * an extension: `Texte collé 23.11.2026` is a name ending in a date, not a `.2026` file.
 */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Media type a file name suggests: names without extension are text; null for an extension
 * Galley has no decoder for. Only a hint: `decodeDocument` decides by the content.
 */
export function mediaTypeOf(fileName: string): string | null {
  const ext = extensionOf(fileName);
  if (ext === '') return 'text/plain';
  return MEDIA_TYPES[ext] ?? null;
}

/**
 * The characters of a text file, synchronously, without reading its format: BOM (UTF-8, UTF-16
 * LE/BE), UTF-16 without BOM, strict UTF-8, else a detected legacy encoding; LF line endings;
 * zero-width and control characters removed (entities and markup left as they are). For a
 * structured source (.docx, .eml, HTML) use `decodeDocument`, whose text the split map refers to.
 * Pure; never throws.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, knownMediaType?: string): Decoded {
  const mediaType = knownMediaType ?? mediaTypeOf(fileName) ?? 'application/octet-stream';
  if (bytes.length === 0) return { ok: false, failure: 'empty', detail: 'The file is empty (0 bytes)' };
  const decoded = decodeCharset(bytes);
  if (!decoded.ok) return decoded;
  const text = normaliseText(decoded.text);
  if (text.trim() === '') return { ok: false, failure: 'empty', detail: 'The file holds no text (only whitespace or invisible characters)' };
  return { ok: true, text, encoding: decoded.encoding, mediaType };
}
