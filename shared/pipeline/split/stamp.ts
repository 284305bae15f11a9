// Date lines and publication stamps: a line that is only a date, with its cue words, a time, a
// weekday, and possibly the place it was written in — `Tunis, le 14 novembre 2023`,
// `Publié le 21 novembre 2023`, `14/02/2024`, `Tue, 05/14/2024 - 10:12`, `Publicado el 22 de
// agosto de 2023` — or a relative stamp (`il y a 3 heures`, `3 days ago`) that gives no date.
import { RELATIVE, STAMP_WORDS } from './dates.rules';
import { findDate, foldKeepLength, isWeekday, usStyleStamp, type FoundDate } from './dates';

export interface Stamp {
  /** YYYY-MM-DD, or null (relative stamp, date without year). */
  iso: string | null;
  kind: 'date' | 'relative';
  /** Numeric date whose order could not be told. */
  uncertain: boolean;
  /** The stamp names a place before its date (`Tunis, le …`): a date line rather than a CMS stamp. */
  place: boolean;
  /** That place as written (`Tunis`), or null. */
  placeText: string | null;
}

const WORDS = new Set(STAMP_WORDS.flatMap((w) => w.split(' ')));
const TIME = /\b\d{1,2}\s*(?:[:h]\s*\d{2}|h)\b(?:\s*(?:am|pm))?/g;
const MAX_LENGTH = 120;

/** The words of a folded text outside [start, end), punctuation removed. */
function wordsOutside(f: string, span: { start: number; end: number } | null): string[] {
  const rest = span === null ? f : `${f.slice(0, span.start)} ${f.slice(span.end)}`;
  return rest
    .replace(TIME, ' ')
    .split(/[\s,;:|·•()[\]\-–—/]+/)
    .map((w) => w.replace(/^['"]+|['".]+$/g, ''))
    .filter((w) => w !== '');
}

/**
 * The stamp a line is, or null when the line says more than a date. `lang` decides nothing here
 * but numeric order hints come from the stamp's own shape (US weekday first → month first).
 */
export function parseStamp(text: string): Stamp | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_LENGTH) return null;
  // Every stamp holds a figure, or a relative word (`hier`, `today`, `ayer`…).
  if (!/\d/.test(t) && !/\b(?:hier|today|yesterday|hoy|ayer|anteayer|aujourd|instant|now)\b/i.test(t)) return null;
  const f = foldKeepLength(t);
  const date: FoundDate | null = findDate(t, { monthFirst: usStyleStamp(t) });
  if (date === null) {
    const rel = RELATIVE.exec(f);
    if (rel === null) return null;
    const left = wordsOutside(f, { start: rel.index, end: rel.index + rel[0].length }).filter((w) => !WORDS.has(w) && !isWeekday(w));
    return left.length === 0 ? { iso: null, kind: 'relative', uncertain: false, place: false, placeText: null } : null;
  }
  const left = wordsOutside(f, date).filter((w) => !WORDS.has(w) && !isWeekday(w) && !/^\d+$/.test(w));
  if (left.length === 0) return { iso: date.iso, kind: 'date', uncertain: date.uncertain, place: false, placeText: null };
  // `Tunis, le 14 novembre 2023`: up to three capitalised words before the date name the place.
  const before = t.slice(0, date.start);
  const placeWords = before.split(/[\s,]+/).filter((w) => w !== '' && !WORDS.has(foldKeepLength(w)));
  const capitalised = placeWords.length > 0 && placeWords.length <= 3 && placeWords.every((w) => /^\p{Lu}/u.test(w));
  if (capitalised && left.length === placeWords.length && /,\s*(?:le\s+|el\s+)?$/iu.test(before)) {
    return { iso: date.iso, kind: 'date', uncertain: date.uncertain, place: true, placeText: before.replace(/,\s*(?:le\s+|el\s+)?$/iu, '').trim() };
  }
  return null;
}
