// Date lines and publication stamps: a line that is only a date, with its cue words, a time, a
// weekday, and possibly the place it was written in — `Tunis, le 14 novembre 2023`,
// `Publié le 21 novembre 2023`, `14/02/2024`, `Tue, 05/14/2024 - 10:12`, `Publicado el 22 de
// agosto de 2023` — or a relative stamp (`il y a 3 heures`, `3 days ago`) that gives no date.
import { RELATIVE, STAMP_BYLINE_CUES, STAMP_WORDS } from './dates.rules';
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
const BYLINE_CUE = new RegExp(`(^|[|/·•]\\s*|\\s)(?:${[...STAMP_BYLINE_CUES].sort((a, b) => b.length - a.length).join('|')})\\s*:?\\s+(?=\\S)`, 'g');
const NAME_END = /\s*(?:[|/·•,;]|\s[-–—]\s)|\s(?:on|le|el|at|à|a las)\s/;
/** Cues after which any account name stands, lower case included (`Submitted by admin on …`). */
const ACCOUNT_CUES = /(?:submitted|posted|published|written|publie|ecrit|redige|publicado|escrito|enviado|soumis) (?:by|par|por)\s*:?\s+$/;
const BYLINE_ARTICLE = /^(?:la|le|les|l'|l’|the|el|los|las)\s+/;
const STAFF = new Set(['redaction', 'redaccion', 'newsroom', 'staff', 'equipe', 'equipo', 'team', 'service', 'servicio']);

/**
 * The stamp without the author printed with it (`… by Comms Team`, `… par Service communication`,
 * `/ Por Comunicación /`, `Redacción ANP |`): a cue word, then one to five words up to the next
 * separator, the first capitalised (an article may come first) or a staff word. Offsets of the
 * folded text are those of the text, so the capital is checked on the text itself.
 */
export function withoutByline(t: string, f: string): { text: string; folded: string } {
  BYLINE_CUE.lastIndex = 0;
  for (let m = BYLINE_CUE.exec(f); m !== null; m = BYLINE_CUE.exec(f)) {
    const from = m.index + m[1]!.length;
    let at = m.index + m[0].length;
    const article = BYLINE_ARTICLE.exec(f.slice(at));
    if (article !== null) at += article[0].length;
    const rest = f.slice(at);
    const stop = NAME_END.exec(rest);
    const end = at + (stop === null ? rest.length : stop.index);
    const words = f.slice(at, end).trim().split(/\s+/);
    const first = t.slice(at, end).trim();
    const account = words.length <= 2 && ACCOUNT_CUES.test(f.slice(0, at));
    if (words.length > 5 || words[0] === '' || /\d/.test(first) || !(/^\p{Lu}/u.test(first) || STAFF.has(words[0]!) || account)) continue;
    return { text: `${t.slice(0, from)} ${t.slice(end)}`, folded: `${f.slice(0, from)} ${f.slice(end)}` };
  }
  return { text: t, folded: f };
}

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
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return null;
  // Every stamp holds a figure, or a relative word (`hier`, `today`, `ayer`…).
  if (!/\d/.test(trimmed) && !/\b(?:hier|today|yesterday|hoy|ayer|anteayer|aujourd|instant|now)\b/i.test(trimmed)) return null;
  const { text: t, folded: f } = withoutByline(trimmed, foldKeepLength(trimmed));
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
