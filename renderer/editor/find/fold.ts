/**
 * Text folding for find: makes "reintegration" meet "réintégration", "l'OIM" meet "l’OIM" and
 * "10 000" meet "10\u202F000", while remembering where each folded character came from, so a
 * match found in the folded text maps back to an exact range of the original text.
 */

export interface FoldOptions {
  /** "OIM" finds "oim". */
  caseInsensitive: boolean;
  /** "reintegration" finds "réintégration", "oeuvre" finds "œuvre". */
  accentInsensitive: boolean;
}

export interface Folded {
  /** The folded text (canonically decomposed, see foldChar). */
  text: string;
  /** For each UTF-16 unit of `text`: start offset of the original code point it came from. */
  starts: number[];
  /** For each unit: end offset (exclusive) of that original code point. */
  ends: number[];
  /** For each unit: is it the first / last unit produced by its original code point? */
  first: boolean[];
  last: boolean[];
}

// Invisible characters a reader does not see and a searcher does not type (soft hyphen, zero-width
// space and joiners, word joiner, BOM): ignored, so "réintégration" matches "réinté\u00ADgration".
const IGNORED = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;
// Every space a typesetter may have put (no-break, narrow no-break, thin, figure, em/en…) is a space.
const SPACES = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/;
const APOSTROPHES = /^[\u2018\u2019\u02BC\u2032]$/;
const MARKS = /\p{M}/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ẞ: 'SS' };

/** Folds one code point. Pure. */
export function foldChar(ch: string, options: FoldOptions): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return options.caseInsensitive ? ch.toLowerCase() : ch;
  if (IGNORED.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  if (APOSTROPHES.test(ch)) return "'";
  let s = options.accentInsensitive ? (LIGATURES[ch] ?? ch) : ch;
  if (options.caseInsensitive) s = s.toLowerCase();
  // NFD either way, so a composed "é" in the text meets a decomposed one typed or pasted in the query.
  s = s.normalize('NFD');
  if (options.accentInsensitive) s = s.replace(MARKS, '');
  return s;
}

/** Folds `text`, keeping the map back to original offsets. Pure; linear in the text length. */
export function fold(text: string, options: FoldOptions): Folded {
  const out: Folded = { text: '', starts: [], ends: [], first: [], last: [] };
  const parts: string[] = [];
  let offset = 0;
  for (const ch of text) {
    const end = offset + ch.length;
    const f = foldChar(ch, options);
    for (let k = 0; k < f.length; k++) {
      out.starts.push(offset);
      out.ends.push(end);
      out.first.push(k === 0);
      out.last.push(k === f.length - 1);
    }
    parts.push(f);
    offset = end;
  }
  out.text = parts.join('');
  return out;
}

/** Folds a query the same way as the text it is searched in. */
export function foldQuery(query: string, options: FoldOptions): string {
  return fold(query, options).text;
}
