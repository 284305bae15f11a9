// Bytes → characters. Runs only in the services' Node runtime (iconv-lite needs Node's Buffer
// internally); shared/ itself imports nothing from node:*.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import {
  BINARY_CONTROL_RATIO,
  CHARSET_CONTEXT_BYTES,
  CHARSET_SAMPLE_BYTES,
  LATIN9_EURO_BYTE,
  LATIN1_SYMBOLS_IN_WORDS,
  LATIN9_LIGATURE_BYTES,
  SNIFF_BYTES,
  WESTERN_CHARSETS,
  WESTERN_MARGIN,
  WESTERN_MAX_ACCENTED,
  WINDOWS_1252_HIGH,
} from './decode.rules';

export type Charset = { ok: true; text: string; encoding: string } | { ok: false; failure: 'binary'; detail: string };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that makes the start of a file binary (a NUL, or too many controls), or -1. */
export function binaryOffset(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return n > 0 && controls / n > BINARY_CONTROL_RATIO ? first : -1;
}

/** True when the first bytes look like a binary file (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryOffset(bytes) >= 0;
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

/**
 * UTF-16 without a BOM: in Latin-script text (nearly) every other byte is zero. 'le' when the odd bytes
 * are (mostly) zero and the even ones are not, 'be' for the mirror image, else null.
 */
export function utf16Endianness(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs < 4) return null;
  if (oddZeros / pairs >= 0.6 && evenZeros / pairs <= 0.02) return 'le';
  if (evenZeros / pairs >= 0.6 && oddZeros / pairs <= 0.02) return 'be';
  return null;
}

function isUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * What chardet reads: the surroundings of the non-ASCII bytes (the words they are in), up to
 * CHARSET_SAMPLE_BYTES. Plain ASCII around them would only dilute the guess (a Greek paragraph
 * after pages of English scores as Latin-1), and chardet is slow on megabytes. Linear.
 */
function charsetSample(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(bytes.length, CHARSET_SAMPLE_BYTES));
  let len = 0;
  let next = 0;
  for (let i = 0; i < bytes.length && len < out.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const from = Math.max(next, i - CHARSET_CONTEXT_BYTES);
    if (from > next && len > 0) out[len++] = 0x20;
    const part = bytes.subarray(from, Math.min(bytes.length, i + CHARSET_CONTEXT_BYTES + 1, from + out.length - len));
    out.set(part, len);
    len += part.length;
    next = from + part.length;
  }
  return out.subarray(0, len);
}

function hasC1(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return true;
  return false;
}

const isLetterByte = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xc0);

/** ISO-8859-15 rather than Latin-1: a € byte, or an œ/Œ byte touching a letter (`c\xBDur`). */
function looksLatin9(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === LATIN9_EURO_BYTE) return true;
    if (LATIN9_LIGATURE_BYTES.includes(b) && (isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1]))) return true;
  }
  return false;
}

/** A Western single-byte file: windows-1252 when it uses 0x80–0x9F (typographic quotes, …), else Latin-1 or Latin-9. */
function decodeWestern(bytes: Uint8Array): { text: string; encoding: string } {
  if (hasC1(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  if (looksLatin9(bytes)) return { text: iconv.decode(bytes, 'iso-8859-15'), encoding: 'iso-8859-15' };
  return { text: decodeWindows1252(bytes), encoding: 'iso-8859-1' };
}

/**
 * Read as Latin-1, the sample does not look like a Western language: symbols inside words
 * (`og³osi³a`: Polish ł read as ³), or accented letters outnumbering plain ones (Greek or
 * Cyrillic read as `Ã…ÄÅ`; French has a few accented letters in a word, not one in two).
 */
function westernImplausible(sample: Uint8Array): boolean {
  let symbols = 0;
  let letters = 0;
  let accented = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (isLetterByte(b) && b !== 0xd7 && b !== 0xf7) {
      letters++;
      if (b >= 0xc0) accented++;
    } else if (b >= 0xa0 && b <= 0xbf && !LATIN1_SYMBOLS_IN_WORDS.includes(b) && isLetterByte(sample[i - 1]) && isLetterByte(sample[i + 1])) {
      symbols++;
    }
  }
  return symbols >= 2 || (letters > 0 && accented / letters > WESTERN_MAX_ACCENTED);
}

/**
 * A legacy (non-UTF) file: chardet ranks the candidates on a sample; a Western encoding wins a
 * close call when the text reads as a Western language (see westernImplausible); anything
 * iconv-lite cannot decode is skipped; nothing usable → Western.
 */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  const sample = charsetSample(bytes);
  const ranked = chardet.analyse(sample).filter((m) => !m.name.startsWith('UTF') && iconv.encodingExists(m.name));
  const western = ranked.find((m) => WESTERN_CHARSETS.has(m.name.toLowerCase()));
  const top = ranked[0];
  const close = western !== undefined && top !== undefined && top.confidence - western.confidence <= WESTERN_MARGIN;
  if (!top || WESTERN_CHARSETS.has(top.name.toLowerCase()) || (close && !westernImplausible(sample))) {
    return decodeWestern(bytes);
  }
  return { text: iconv.decode(bytes, top.name), encoding: top.name.toLowerCase() };
}

/** Decodes with a charset a document declares (HTML `<meta charset>`); null when unknown or wrong. */
export function decodeDeclared(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') {
    const text = isUtf8(bytes);
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  // WHATWG: these labels all mean windows-1252.
  if (['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'iso8859-1'].includes(name)) return decodeWestern(bytes);
  if (name.startsWith('utf-16') || !iconv.encodingExists(name)) return null;
  return { text: iconv.decode(bytes, name), encoding: name };
}

/**
 * Bytes to text: BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE), UTF-16 without BOM, then strict UTF-8,
 * else a legacy encoding (detected, never mojibake); binary content refused. Pure; never throws.
 */
export function decodeCharset(bytes: Uint8Array): Charset {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) && bytes.length % 4 === 0) return { ok: true, text: iconv.decode(bytes.subarray(4), 'utf-32le'), encoding: 'utf-32le' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const endian = utf16Endianness(bytes);
  if (endian) return { ok: true, text: new TextDecoder(`utf-16${endian}`).decode(bytes), encoding: `utf-16${endian}` };
  const at = binaryOffset(bytes);
  if (at >= 0) {
    const what = bytes[at] === 0 ? 'a NUL byte' : 'control bytes';
    return { ok: false, failure: 'binary', detail: `Not text: binary content (${what} from offset ${at})` };
  }
  const utf8 = isUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return { ok: true, ...decodeLegacy(bytes) };
}
