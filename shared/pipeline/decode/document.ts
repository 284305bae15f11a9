// Bytes → DecodedDocument: which format (content first, the name and media type only hint), then
// the format's decoder. Runs in the services' Node runtime only (see charset.ts).
import type { DecodedDocument, DecodeResult, LineHint, RawFile, SourceFormat } from '../model';
import { decodeCharset, decodeDeclared } from './charset';
import { FORMAT_MEDIA_TYPES, SUPPORTED_FORMATS } from './decode.rules';
import { mediaTypeOf } from './decode';
import { decodeDocx } from './docx';
import { decodeEml } from './eml';
import { flattenHtml } from './html/flatten';
import { markdownLines } from './markdown';
import { decodeTextEntities, noHints, normaliseText } from './normalise';
import { headerBlock, headText, looksLikeEmail, looksLikeHtml, refusedKind, zipKind } from './sniff';

type Failure = Extract<DecodeResult, { ok: false }>;

const fail = (failure: Failure['failure'], detail: string): Failure => ({ ok: false, failure, detail });

const WHAT: Record<SourceFormat, string> = { text: 'file', markdown: 'Markdown file', html: 'HTML page', docx: 'Word document', eml: 'e-mail' };

function done(format: SourceFormat, text: string, hints: (LineHint | null)[], encoding: string, meta: DecodedDocument['meta'] = {}): DecodeResult {
  if (text.trim() === '') return fail('empty', `The ${WHAT[format]} holds no text (only whitespace or invisible characters)`);
  return { ok: true, doc: { text, encoding, mediaType: FORMAT_MEDIA_TYPES[format], format, hints, meta } };
}

/** `<meta charset="…">`, `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>` in the first kilobytes. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = headText(bytes, 2048);
  const meta = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return meta ?? /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * A page in a legacy encoding follows its declared charset (over chardet's guess). Valid UTF-8
 * and BOM-marked files stay as they are: a page saved as UTF-8 under a stale `charset=iso-8859-1`
 * would otherwise come out as mojibake.
 */
function decodeHtml(bytes: Uint8Array, text: string, encoding: string): DecodeResult {
  let source = { text, encoding };
  const declared = encoding.startsWith('utf') ? null : declaredCharset(bytes);
  if (declared) source = decodeDeclared(bytes, declared) ?? source;
  const flat = flattenHtml(source.text, { article: true });
  return done('html', flat.lines.join('\n'), flat.hints, source.encoding, flat.title ? { title: flat.title } : {});
}

/** The caller's media type or the file name says `type` (a hint, never the decision alone). */
function hinted(file: RawFile, type: string): boolean {
  return file.mediaType === type || mediaTypeOf(file.name) === type;
}

async function decodeUnchecked(file: RawFile): Promise<DecodeResult> {
  const { bytes } = file;
  if (bytes.length === 0) return fail('empty', 'The file is empty (0 bytes)');

  const refused = refusedKind(bytes);
  if (refused) return fail('unsupported_format', `Unsupported format: ${refused}. ${SUPPORTED_FORMATS}`);
  const zip = zipKind(bytes);
  const docxHint = hinted(file, FORMAT_MEDIA_TYPES.docx);
  if (zip?.kind === 'docx' || (zip && docxHint)) {
    const docx = await decodeDocx(bytes);
    if (!docx.ok) return docx;
    return done('docx', docx.lines.join('\n'), docx.hints, 'utf-8');
  }
  if (zip) return fail('unsupported_format', `Unsupported format: ${zip.what}. ${SUPPORTED_FORMATS}`);
  if (docxHint) return fail('unreadable', 'Damaged Word document (.docx): the file is not a ZIP archive');

  const names = headerBlock(headText(bytes, 65536));
  const emlHint = hinted(file, FORMAT_MEDIA_TYPES.eml);
  if (looksLikeEmail(names) || (emlHint && names?.some((n) => ['from', 'to', 'subject', 'date'].includes(n)))) {
    const eml = await decodeEml(bytes);
    if (!eml.ok) return eml;
    return done('eml', eml.text, eml.hints, eml.encoding, eml.meta);
  }
  if (emlHint) return fail('unreadable', 'Malformed e-mail message (.eml): the file does not start with header fields (Name: value)');

  const decoded = decodeCharset(bytes);
  if (!decoded.ok) return decoded;
  const known = file.mediaType;
  const textOnly = known === FORMAT_MEDIA_TYPES.text || known === FORMAT_MEDIA_TYPES.markdown;
  if (!textOnly && looksLikeHtml(decoded.text, hinted(file, FORMAT_MEDIA_TYPES.html))) return decodeHtml(bytes, decoded.text, decoded.encoding);

  const text = normaliseText(decodeTextEntities(decoded.text));
  if (known === FORMAT_MEDIA_TYPES.markdown || (known === undefined && hinted(file, FORMAT_MEDIA_TYPES.markdown))) {
    const md = markdownLines(text);
    return done('markdown', md.text, md.hints, decoded.encoding);
  }
  return done('text', text, noHints(text), decoded.encoding);
}

/**
 * Bytes → a DecodedDocument. The content decides the format, the name and the caller's media
 * type only hint: a .docx is a ZIP holding word/document.xml, an e-mail starts with RFC 5322
 * headers including a MIME/transport one, HTML looks like HTML, Markdown is known by its
 * extension or media type, else text if it decodes as text. Refused: `empty`, `binary`,
 * `unsupported_format` (PDF, images, archives, legacy Office…), `unreadable` (truncated .docx,
 * malformed .eml), each with an English, developer-facing `detail`.
 *
 * Async because mammoth (.docx) and postal-mime (.eml) are; text, Markdown and HTML need no
 * await. Pure (no I/O, no clock) and total: it never throws and never rejects — an unexpected
 * error comes back as `internal`. Runs in the services' Node runtime, not in the renderer.
 */
export async function decodeDocument(file: RawFile): Promise<DecodeResult> {
  try {
    return await decodeUnchecked(file);
  } catch (error) {
    return fail('internal', `Decoder error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
