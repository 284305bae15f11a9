import type { ImportFailure } from '../../domain';
import { BINARY_CONTROL_RATIO, MEDIA_TYPES, SNIFF_BYTES, WINDOWS_1252_HIGH } from './decode.rules';

export type Decoded =
  | { ok: true; text: string; encoding: string; mediaType: string }
  | { ok: false; failure: ImportFailure; detail: string };

/**
 * The extension of a file name, lower-case; '' when there is none. A suffix of digits only is not
 * an extension: `Texte collé 23.11.2026` is a name ending in a date, not a `.2026` file.
 */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

/** Media type of a file name, or null when Galley cannot import it. Names without extension are text. */
export function mediaTypeOf(fileName: string): string | null {
  const ext = extensionOf(fileName);
  if (ext === '') return 'text/plain';
  return MEDIA_TYPES[ext] ?? null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** True when the first bytes look like a binary file (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_RATIO;
}

/** Windows-1252 bytes to text, by the WHATWG table (the same result in Node, Electron and Chromium). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '')
    // C0 controls except tab, LF and form feed; DEL; C1 controls (U+0080–U+009F), never text.
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, '');
}

/**
 * Bytes to text: BOM (UTF-8, UTF-16 LE/BE), then strict UTF-8, else Windows-1252 (a superset of
 * the printable Latin-1 range). Line endings become LF; zero-width and control characters go.
 * The media type comes from the file name unless the caller knows it (pasted text). Pure; never throws.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, knownMediaType?: string): Decoded {
  const mediaType = knownMediaType ?? mediaTypeOf(fileName);
  if (mediaType === null) {
    return { ok: false, failure: 'unsupported_format', detail: `Unsupported file type: .${extensionOf(fileName)}` };
  }
  if (bytes.length === 0) return { ok: false, failure: 'empty', detail: 'The file is empty' };

  let encoding: string;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8 (BOM)';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) return { ok: false, failure: 'binary', detail: 'The file is not text (binary content)' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  const clean = normaliseText(text);
  if (clean.trim() === '') return { ok: false, failure: 'empty', detail: 'The file holds no text' };
  return { ok: true, text: clean, encoding, mediaType };
}
