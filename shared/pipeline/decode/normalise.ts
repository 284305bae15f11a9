import { decodeHTMLStrict } from 'entities';
import { WINDOWS_1252_HIGH } from './decode.rules';

/** Zero-width and invisible formatting characters: never text (soft hyphens stay for later stages). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E]/g;

/** C0 controls except tab, LF and form feed; DEL; C1 controls (U+0080–U+009F), never text. */
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/**
 * Line endings to LF (CRLF, CR, and the Unicode line and paragraph separators), zero-width and
 * control characters removed. Linear; idempotent.
 */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(CONTROLS, '');
}

/**
 * A piece of HTML text cleaned like `normaliseText` without creating line breaks from anything
 * but U+2028/U+2029 (the flattener decides where lines end).
 */
export function cleanInline(text: string): string {
  return text.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(CONTROLS, '');
}

/**
 * HTML entities in plain text (`&rsquo;` `&nbsp;` `&#39;` `&quot;` `&amp;`…), only in their
 * complete form with the semicolon, so that `&not` in `&nothing` or `AT&T` stay as written.
 * Tags are not touched: a stray `<div …>` line is residue the later stages see and remove.
 */
export function decodeTextEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * C1 controls mapped through the windows-1252 table: what a Latin-1 decoding of windows-1252
 * bytes leaves (Node's TextDecoder does that for `charset=iso-8859-1`/`windows-1252` mail parts
 * since 20.18.3, nodejs/node#60888). C1 controls never occur in real text, so this only repairs.
 */
export function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/** The same number of nulls as `text` has lines (LF-separated). */
export function noHints(text: string): null[] {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return new Array<null>(n).fill(null);
}
