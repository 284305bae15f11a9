// Which format a file is, from its content; the file name and the caller's media type only hint.
import { DOCX_MAIN_PART, MESSAGE_HEADERS, MIME_HEADERS, REFUSED_SIGNATURES, SNIFF_BYTES, ZIP_KINDS, ZIP_SIGNATURES } from './decode.rules';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

function matchesAt(bytes: Uint8Array, at: number, expected: readonly number[] | string): boolean {
  const want = typeof expected === 'string' ? ascii(expected) : expected;
  if (bytes.length < at + want.length) return false;
  return want.every((b, i) => bytes[at + i] === b);
}

/** First index of an ASCII string in the bytes, or -1 (linear: the needle is short). */
export function indexOfAscii(bytes: Uint8Array, needle: string): number {
  const want = ascii(needle);
  const first = want[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - want.length; i = bytes.indexOf(first, i + 1)) {
    if (want.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

/** What a file that is not text is, by its first bytes ("a PDF document"), or null. */
export function refusedKind(bytes: Uint8Array): string | null {
  return REFUSED_SIGNATURES.find((s) => s.parts.every((p) => matchesAt(bytes, p.at, p.bytes)))?.what ?? null;
}

export type ZipKind = { kind: 'docx' } | { kind: 'other'; what: string };

/** A ZIP archive: a Word document when it holds word/document.xml, else what it is; null when not a ZIP. */
export function zipKind(bytes: Uint8Array): ZipKind | null {
  if (!ZIP_SIGNATURES.some((s) => matchesAt(bytes, 0, s))) return null;
  if (indexOfAscii(bytes, DOCX_MAIN_PART) >= 0) return { kind: 'docx' };
  const other = ZIP_KINDS.find((k) => indexOfAscii(bytes, k.part) >= 0);
  return { kind: 'other', what: other?.what ?? 'a ZIP archive' };
}

/** The first bytes as Latin-1 characters (headers and tags are ASCII, whatever the charset). */
export function headText(bytes: Uint8Array, max = SNIFF_BYTES): string {
  let out = '';
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...bytes.subarray(i, Math.min(n, i + 4096)));
  return out;
}

const HEADER_LINE = /^([!-9;-~]+)[ \t]*:/;

/** Names of the header fields at the top of a message (lower-case), or null when the top is not a header block. */
export function headerBlock(head: string): string[] | null {
  const names: string[] = [];
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  // An mbox export starts with a `From sender date` separator line.
  if (lines[0]?.startsWith('From ') && !HEADER_LINE.test(lines[0])) lines.shift();
  // The last line of the sniffed head may be cut in the middle: ignore it unless the block ended.
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line === '') return names.length > 0 ? names : null;
    if (/^[ \t]/.test(line) && names.length > 0) continue;
    const m = HEADER_LINE.exec(line);
    if (!m) return null;
    names.push(m[1]!.toLowerCase());
  }
  return names.length > 0 ? names : null;
}

/**
 * An e-mail message (RFC 5322 + MIME): a header block at the very top that holds a transport or
 * MIME header and a From/To/Subject/Date. The `From:`/`Sent:`/`To:`/`Subject:` lines printed
 * above a forwarded message in a copied text are not a message.
 */
export function looksLikeEmail(names: readonly string[] | null): boolean {
  return names !== null && names.some((n) => MIME_HEADERS.has(n)) && names.some((n) => MESSAGE_HEADERS.has(n));
}

/** Full documents: a doctype or an <html>/<head>/<body> at the top (after comments and an XML declaration). */
const DOCUMENT_START = /^(?:\s|<!--[^]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)[\s>/]/i;

/** Block tags that make a fragment HTML when it starts with one and is mostly markup. */
const FRAGMENT_TAG = /<(?:p|div|h[1-6]|ul|ol|li|table|article|section|main|header|footer|nav|blockquote|figure|br)[\s>/]/gi;

/**
 * HTML when the text is a document (doctype, <html>, <head>, <body> at the top), or a fragment
 * that starts with a block tag and is markup on most lines. With an .html name or a text/html
 * type, any tag will do. A copied text with a stray `<div …>` or `<strong>` is not HTML.
 */
export function looksLikeHtml(text: string, hinted: boolean): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  if (DOCUMENT_START.test(head)) return true;
  if (hinted) return /<[a-zA-Z][^<>]{0,500}>/.test(head);
  const start = head.trimStart();
  if (!/^<[a-zA-Z]/.test(start)) return false;
  const lines = start.split('\n').filter((l) => l.trim() !== '');
  const tagged = lines.filter((l) => /<\/?[a-zA-Z][^<>]{0,500}>/.test(l)).length;
  const blocks = start.match(FRAGMENT_TAG)?.length ?? 0;
  return blocks >= 3 && tagged * 2 >= lines.length;
}
