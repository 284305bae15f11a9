// What the decoder knows about files, as data: media types, signatures of refused formats,
// character sets, e-mail headers, Word styles. The HTML cue words are in html.rules.ts.
import type { SourceFormat } from '../model';

/** Media types by extension. Only a hint: the content decides the format. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
};

/** The media type stored with a source of each format. */
export const FORMAT_MEDIA_TYPES: Readonly<Record<SourceFormat, string>> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
};

/**
 * Share of control characters (other than tab, LF, CR, FF) above which a file is binary, not
 * text: real text files have none, a PNG or a PDF has many within the first kilobytes.
 */
export const BINARY_CONTROL_RATIO = 0.02;

/** How many leading bytes are inspected to tell text from binary, UTF-16 without BOM, HTML, e-mail. */
export const SNIFF_BYTES = 8192;

/** chardet reads at most this many bytes (it is slow on megabytes): the context of the non-ASCII bytes. */
export const CHARSET_SAMPLE_BYTES = 65536;

/** Bytes taken on each side of a non-ASCII byte for chardet (about the word it is in and its neighbours). */
export const CHARSET_CONTEXT_BYTES = 48;

/**
 * Windows-1252 bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (index-windows-1252);
 * every other byte is the code point of the same value. Spelled out because Node's TextDecoder
 * decodes this range as Latin-1 since 20.18.3/22.13.0 (nodejs/node#60888): 0x92 came out as
 * U+0092 instead of ’. The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls.
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** chardet names of the Western single-byte encodings (decoded with the WHATWG windows-1252 table). */
export const WESTERN_CHARSETS: ReadonlySet<string> = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'us-ascii', 'ascii']);

/**
 * Galley's users write French, English and Spanish: when chardet hesitates between a Western and
 * another Latin single-byte encoding (short texts: `Genève` scores the same as Latin-1 and Turkish
 * ISO-8859-9), Western wins unless the other is ahead by more than this many points (of 100).
 */
export const WESTERN_MARGIN = 25;

/**
 * Share of accented letters (0xC0–0xFF) among the letters around non-ASCII bytes above which a
 * text is not Western: French or Spanish words have one accent or two, Greek or Cyrillic read
 * as Latin-1 has almost only 0xC0–0xFF letters.
 */
export const WESTERN_MAX_ACCENTED = 0.4;

/**
 * Latin-1 symbols that real Western text does put between two letters: ª º (`nº`), ´ (typed as
 * an apostrophe, `l´OIM`), · (Catalan `l·l`), ¼ ½ (œ in ISO-8859-15). Any other 0xA0–0xBF byte
 * between letters, twice or more, means the file is not Western (Polish ł read as `³`).
 */
export const LATIN1_SYMBOLS_IN_WORDS: readonly number[] = [0xaa, 0xba, 0xb4, 0xb7, 0xbc, 0xbd];

/**
 * ISO-8859-15 differs from Latin-1 in eight bytes. Two of its letters are common in French and
 * unmistakable: œ/Œ (0xBD/0xBC, `½`/`¼` in Latin-1) between letters, and € (0xA4, the never-used
 * `¤` in Latin-1). Either one in a file without 0x80–0x9F bytes means ISO-8859-15.
 */
export const LATIN9_LIGATURE_BYTES: readonly number[] = [0xbc, 0xbd];
export const LATIN9_EURO_BYTE = 0xa4;

/** A refused format: bytes at offsets, and what it is (developer-facing, for `detail`). */
export interface Signature {
  id: string;
  parts: readonly { at: number; bytes: readonly number[] | string }[];
  what: string;
}

const sig = (id: string, what: string, ...parts: { at: number; bytes: readonly number[] | string }[]): Signature => ({ id, parts, what });

/** Files that are not text, recognised by their first bytes (checked before anything else). */
export const REFUSED_SIGNATURES: readonly Signature[] = [
  sig('pdf', 'a PDF document', { at: 0, bytes: '%PDF-' }),
  sig('postscript', 'a PostScript document', { at: 0, bytes: '%!PS' }),
  sig('rtf', 'an RTF document', { at: 0, bytes: '{\\rtf' }),
  sig('png', 'a PNG image', { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }),
  sig('jpeg', 'a JPEG image', { at: 0, bytes: [0xff, 0xd8, 0xff] }),
  sig('gif', 'a GIF image', { at: 0, bytes: 'GIF8' }),
  sig('webp', 'a WebP image', { at: 0, bytes: 'RIFF' }, { at: 8, bytes: 'WEBP' }),
  sig('wav', 'a WAV sound file', { at: 0, bytes: 'RIFF' }, { at: 8, bytes: 'WAVE' }),
  sig('avi', 'an AVI video', { at: 0, bytes: 'RIFF' }, { at: 8, bytes: 'AVI ' }),
  sig('tiff', 'a TIFF image', { at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] }),
  sig('tiff-be', 'a TIFF image', { at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] }),
  sig('mp4', 'an MP4/QuickTime video', { at: 4, bytes: 'ftyp' }),
  sig('ogg', 'an Ogg audio/video file', { at: 0, bytes: 'OggS' }),
  sig('mp3', 'an MP3 audio file', { at: 0, bytes: [0x49, 0x44, 0x33, 0x03] }),
  sig('ole2', 'a legacy Microsoft Office file (.doc, .xls, .ppt or an Outlook .msg)', { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }),
  sig('gzip', 'a gzip archive', { at: 0, bytes: [0x1f, 0x8b] }),
  sig('7z', 'a 7-Zip archive', { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }),
  sig('rar', 'a RAR archive', { at: 0, bytes: 'Rar!' }),
  sig('xz', 'an xz archive', { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] }),
  sig('elf', 'an executable (ELF)', { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }),
  sig('sqlite', 'an SQLite database', { at: 0, bytes: 'SQLite format 3' }),
  sig('wasm', 'a WebAssembly module', { at: 0, bytes: [0x00, 0x61, 0x73, 0x6d] }),
  sig('woff', 'a web font', { at: 0, bytes: 'wOF' }),
];

/** ZIP local file header, empty archive, spanned archive. */
export const ZIP_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

/** The part that makes a ZIP a Word document (its name is stored uncompressed in the archive). */
export const DOCX_MAIN_PART = 'word/document.xml';

/** Other ZIP-based formats, by a part name they always hold, for a precise refusal. */
export const ZIP_KINDS: readonly { part: string; what: string }[] = [
  { part: 'application/vnd.oasis.opendocument.text', what: 'an OpenDocument text (.odt)' },
  { part: 'application/vnd.oasis.opendocument', what: 'an OpenDocument file (.ods/.odp)' },
  { part: 'application/epub+zip', what: 'an EPUB book' },
  { part: 'xl/workbook.xml', what: 'an Excel workbook (.xlsx)' },
  { part: 'ppt/presentation.xml', what: 'a PowerPoint presentation (.pptx)' },
];

/** What the refusal says Galley can import (developer-facing). */
export const SUPPORTED_FORMATS = 'Galley imports text (.txt), Markdown (.md), HTML (.html), Word (.docx) and e-mail (.eml)';

/**
 * Headers that only a real message carries (RFC 5322 transport and MIME headers), as opposed to
 * the `From:`/`Sent:`/`To:`/`Subject:` lines an e-mail client prints above a forwarded message.
 * An e-mail is a header block holding one of these plus one of MESSAGE_HEADERS.
 */
export const MIME_HEADERS: ReadonlySet<string> = new Set([
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'message-id',
  'received',
  'return-path',
  'dkim-signature',
  'x-mailer',
  'x-originating-ip',
  'delivered-to',
  'thread-index',
]);

/** Headers every message has at least one of. */
export const MESSAGE_HEADERS: ReadonlySet<string> = new Set(['from', 'to', 'subject', 'date', 'sender']);

/**
 * mammoth style map added to its defaults: Word's built-in title, caption and quotation styles,
 * and the names French and Spanish editors give their own styles. Subtitles stay paragraphs
 * (a standfirst is not a heading).
 */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Título'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='Titre ${n}'] => h${n}:fresh`, `p[style-name='Título ${n}'] => h${n}:fresh`]),
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Légende'] => p.caption:fresh",
  "p[style-name='Epígrafe'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Citation'] => blockquote > p:fresh",
  "p[style-name='Cita'] => blockquote > p:fresh",
];
