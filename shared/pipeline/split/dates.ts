// Reading release dates in fr/en/es: `3 février 2021`, `1er mars 2024`, `15 de abril de 2024`,
// `June 4, 2024`, `4 June 2024`, `14/02/2024` (day first), `05/14/2024` (month first when the
// numbers or a US-style stamp tell), `2024-03-06`. Output is always YYYY-MM-DD; impossible dates
// are rejected; a date without a year is found (so a dateline can be cut) but gives no ISO date.
import { MONTHS, US_WEEKDAYS, WEEKDAYS } from './dates.rules';

export interface FoundDate {
  /** YYYY-MM-DD, or null when the year is missing. */
  iso: string | null;
  /** Span in the text the date was read from. */
  start: number;
  end: number;
  /** Numeric date whose day/month order could not be told. */
  uncertain: boolean;
}

export interface DateOptions {
  /** The page prints US-style stamps (`Tue, 05/14/2024`): numeric dates are month first. */
  monthFirst?: boolean;
}

/** Lower case without accents, one character for one (offsets stay those of the text). */
export function foldKeepLength(text: string): string {
  // ASCII (most of it) needs no decomposition.
  if (!/[^\x00-\x7F]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    let base = FOLDED.get(ch);
    if (base === undefined) {
      const d = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      base = d.length === ch.length ? d : ch;
      if (FOLDED.size < 4096) FOLDED.set(ch, base);
    }
    out += base;
  }
  return out;
}

/** Folded form of the non-ASCII characters met so far (a few hundred in practice). */
const FOLDED = new Map<string, string>();

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** YYYY-MM-DD for a real calendar date between 1900 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const month = (name: string): number | undefined => MONTHS[name.replace(/\.$/, '')];

const DAY_MONTH_YEAR = /\b(\d{1,2})(?:er|re|st|nd|rd|th|\.?º|\.?°)?[\s/-]*(?:de\s+|of\s+)?([a-z]{3,10})\.?,?[\s/-]*(?:de\s+|del\s+)?((?:19|20)\d{2})\b/g;
const MONTH_DAY_YEAR = /\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/g;
const DAY_MONTH = /\b(\d{1,2})(?:er|re)?\s*(?:de\s+)?([a-z]{3,10})\b\.?/g;
const MONTH_DAY = /\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/g;
// `2024-09-09`, and the date of an ISO timestamp (`2024-09-09T10:00:00Z`).
const ISO = /\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:\b|(?=t\d))/g;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) yield m;
}

/**
 * The first date written in `text` (earliest start; at one start, the longest reading). Pure;
 * linear in the length of the text.
 */
export function findDate(text: string, opts: DateOptions = {}): FoundDate | null {
  const f = foldKeepLength(text);
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray, iso: string | null, uncertain = false): void => {
    found.push({ iso, start: m.index, end: m.index + m[0].length, uncertain });
  };
  for (const m of matches(DAY_MONTH_YEAR, f)) {
    const mo = month(m[2]!);
    if (mo !== undefined) add(m, isoDate(Number(m[3]), mo, Number(m[1])));
  }
  for (const m of matches(MONTH_DAY_YEAR, f)) {
    const mo = month(m[1]!);
    if (mo !== undefined) add(m, isoDate(Number(m[3]), mo, Number(m[2])));
  }
  for (const m of matches(NUMERIC, f)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const monthFirst = b > 12 || (a <= 12 && opts.monthFirst === true);
    add(m, monthFirst ? isoDate(y, a, b) : isoDate(y, b, a), a <= 12 && b <= 12 && a !== b && opts.monthFirst !== true);
  }
  for (const m of matches(ISO, f)) add(m, isoDate(Number(m[1]), Number(m[3]), Number(m[4])));
  // Day and month without a year: a date was written, but it gives no release date.
  for (const m of matches(DAY_MONTH, f)) {
    const mo = month(m[2]!);
    if (mo !== undefined && Number(m[1]) >= 1 && Number(m[1]) <= 31 && m[2] !== 'ago' && m[2] !== 'set') add(m, null);
  }
  for (const m of matches(MONTH_DAY, f)) {
    const mo = month(m[1]!);
    if (mo !== undefined && m[1]!.length >= 3 && Number(m[2]) >= 1 && Number(m[2]) <= 31 && !['mar', 'sept', 'sep', 'set', 'ago', 'dec'].includes(m[1]!)) add(m, null);
  }
  if (found.length === 0) return null;
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start) || (x.iso === null ? 1 : 0) - (y.iso === null ? 1 : 0));
  return found[0]!;
}

/** True when the text holds an English weekday before a numeric date (`Tue, 05/14/2024`, `Submitted on Tue, 03/04/2025`). */
export function usStyleStamp(text: string): boolean {
  const m = /(?:^|\s)([a-z]{3,9})\.?,\s*\d{1,2}\/\d{1,2}\/\d{4}/.exec(foldKeepLength(text));
  return m !== null && US_WEEKDAYS.includes(m[1]!);
}

const WEEKDAY_SET = new Set(WEEKDAYS);
/** True when the folded word is a weekday name or abbreviation. */
export const isWeekday = (word: string): boolean => WEEKDAY_SET.has(word.replace(/\.$/, ''));
