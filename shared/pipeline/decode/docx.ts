// Word .docx → HTML (mammoth: paragraphs, headings, lists, bold/italic) → the HTML flattener.
// mammoth is promise-based (it unzips with JSZip), hence async. It reads only the bytes given:
// no path, no external files (externalFileAccess: false), images not read at all.
import mammoth from 'mammoth';
import type { LineHint } from '../model';
import { DOCX_STYLE_MAP } from './decode.rules';
import { flattenHtml } from './html/flatten';

export type DocxResult = { ok: true; lines: string[]; hints: (LineHint | null)[] } | { ok: false; failure: 'unreadable'; detail: string };

/** Images are not text: mammoth is told to emit them without reading their bytes. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The text of a .docx, one line per paragraph, with heading / list-item / caption / blockquote
 * and whole-line bold/italic hints. A truncated or damaged file → `unreadable` with the reason.
 * Never rejects.
 */
export async function decodeDocx(bytes: Uint8Array): Promise<DocxResult> {
  let html: string;
  try {
    // mammoth's Node entry takes `buffer`; JSZip reads any Uint8Array, so no Node Buffer is needed.
    const input = { buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, { styleMap: [...DOCX_STYLE_MAP], externalFileAccess: false, convertImage: NO_IMAGES, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'unreadable', detail: `Damaged or truncated Word document (.docx): ${reason}` };
  }
  const flat = flattenHtml(html, { article: false });
  return { ok: true, lines: flat.lines, hints: flat.hints };
}
