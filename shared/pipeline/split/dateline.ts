// The dateline: the place that opens the lead, then perhaps its date and an agency tag, then a
// separator — `GENÈVE, 3 février 2021 –`, `NAIROBI, Kenya (OIM) -`, `RABAT, 6 mars 2024—`,
// `CIUDAD DE GUATEMALA, 15 de abril de 2024.-`, `Genève/Beyrouth –`, `Port-au-Prince, … –`
// (hyphens inside the place are the place's own). The first separator decides: if what precedes
// it does not read as a place (capitalised words, a country after a comma), there is no dateline.
import { findDate, foldKeepLength, isWeekday, type FoundDate } from './dates';
import { DATELINE_ARTICLES, DATELINE_PARTICLES, DATELINE_REFUSED_OPENERS } from './split.rules';

export interface Dateline {
  /** The place as written (`NAIROBI, Kenya`), or null when the lead opens with a date only. */
  place: string | null;
  date: FoundDate | null;
  /** Length of the prefix (place, date, tag, separator and the spaces after it) in the text. */
  length: number;
  /** Separators inside the prefix: 2 for a date before the place (`June 20, 2024—Ottawa, Ontario—`). */
  separators?: number;
}

/**
 * A separator after the dateline: spaced hyphen or dash, unspaced en/em dash or double hyphen
 * (wires), `.-`, or a full stop or colon right after the year (`Valencia, 12 de marzo de 2025. La…`,
 * `LONDON, 5th March 2025: The…`).
 */
// Every alternative opens with a definite character (no leading `\s*`), so the engine can skip ahead.
export const DATELINE_SEPARATOR = /\s+[-–—]{1,2}\s+|\s+(?:[–—]|--)\s*|[–—]\s*|--\s*|\.\s?[-–—]\s*|((?:19|20)\d{2})[.:]\s+(?=[\p{Lu}«"“])/u;

/** Where a separator match starts in the text: after the year it keeps (`2025. La…`). */
export const separatorStart = (m: RegExpExecArray): number => m.index + (m[1]?.length ?? 0);
const SEPARATOR = DATELINE_SEPARATOR;
/** A wire's agency tag between two separators: `NAIROBI, Kenya--(BUSINESS WIRE)--The…`. */
const TAG_AFTER = /^\(\s*\p{Lu}[\p{L}\s.&-]{0,30}\)\s*(?:--|[-–—])\s*/u;
/** `Colo.`, `Calif.`, `N.Y.`, `D.C.`: an abbreviation that keeps its period before a spaced dash. */
const ABBREVIATION = /(?:^|[\s,])(?:\p{Lu}\p{Ll}{1,4}|(?:\p{Lu}\.){1,2}\p{Lu})$/u;
/** An agency tag: `(OIM)`, `(AFP)`, or a wire's `/PRNewswire/`. */
const AGENCY = /\s*\(\s*\p{Lu}[\p{L}\s.&-]{0,30}\)\s*|\s*\/\p{Lu}[\p{L} .-]{1,30}\/\s*$/u;
const SCAN = 160;
const PARTICLES = new Set(DATELINE_PARTICLES);
const ARTICLES = new Set(DATELINE_ARTICLES);
const REFUSED = new Set(DATELINE_REFUSED_OPENERS);

const capitalised = (w: string): boolean => /^(?:\p{L}['’])?\p{Lu}/u.test(w);

/** True when `place` reads as a place name: capitalised words (particles aside), a country after a comma. */
export function looksLikePlace(place: string): boolean {
  if (place.length < 2 || place.length > 80 || /[.!?;:«»“”"\d]/.test(place.replace(/\b\p{Lu}\p{Ll}{0,2}\./gu, ''))) return false;
  const parts = place.split(/\s*[,/]\s*/);
  if (parts.length > 3 || parts.some((p) => p === '')) return false;
  return parts.every((part, i) => {
    const words = part.split(/\s+/);
    if (words.length > 6 || !capitalised(words[0]!)) return false;
    const first = foldKeepLength(words[0]!);
    if (REFUSED.has(first)) return false;
    if (ARTICLES.has(first) && (words.length < 2 || !capitalised(words[1]!))) return false;
    // The city is all capitalised words; a country after a comma may hold lower-case ones
    // (`République démocratique du Congo`).
    return i > 0 || words.every((w) => capitalised(w) || PARTICLES.has(foldKeepLength(w)));
  });
}

/**
 * The dateline that opens `lead` (readable text: tags removed, entities decoded), or null.
 * Reads at most the first 160 characters. Pure.
 */
export function parseDateline(lead: string): Dateline | null {
  return readDateline(lead, true);
}

function readDateline(lead: string, dateFirst: boolean): Dateline | null {
  const head = lead.slice(0, SCAN);
  const sep = SEPARATOR.exec(head);
  if (sep === null || separatorStart(sep) === 0) return null;
  const sepAt = separatorStart(sep);
  let sepEnd = sep.index + sep[0].length;
  const tag = TAG_AFTER.exec(lead.slice(sepEnd, sepEnd + 40));
  if (tag !== null) sepEnd += tag[0].length;
  const rest = lead.slice(sepEnd);
  if (!/^[\p{Lu}\p{N}«"“‘'¿¡(]/u.test(rest)) return null;
  // `LAKEWOOD, Colo. – Mayor…`: the period before a spaced dash is the abbreviation's own.
  const keepPeriod = /^\.\s[-–—]/u.test(sep[0]) && ABBREVIATION.test(head.slice(0, sepAt));
  let prefix = head.slice(0, sepAt).replace(AGENCY, ' ').trim().replace(/[,\s]+$/, '') + (keepPeriod ? '.' : '');
  let date: FoundDate | null = null;
  const found = findDate(prefix);
  if (found !== null) {
    // The date must close the prefix: `RABAT, 6 mars 2024` (a date inside a sentence is no dateline).
    // `GENÈVE (5 mars 2025) –`: the date may stand in brackets.
    const bracketed = /\(\s*$/u.test(prefix.slice(0, found.start)) && /^\s*\)/u.test(prefix.slice(found.end));
    if (prefix.slice(found.end).replace(bracketed ? /[\s.,)]/g : /[\s.,]/g, '') !== '') return null;
    date = found;
    const before = prefix.slice(0, found.start);
    prefix = (bracketed ? before.replace(/\(\s*$/u, '') : before).replace(/(?:,\s*|\s+)(?:le|el|the)?\s*$/iu, '').trim();
    const words = prefix.split(/[\s,]+/);
    while (words.length > 0 && isWeekday(foldKeepLength(words.at(-1)!))) words.pop();
    prefix = words.length === 0 ? '' : prefix.slice(0, prefix.lastIndexOf(words.at(-1)!) + words.at(-1)!.length).replace(/[,\s]+$/, '');
  }
  if (prefix === '') {
    if (date === null) return null;
    // `June 20, 2024—Ottawa, Ontario—Today…`: the place may follow the date, before a second separator.
    const after = dateFirst ? readDateline(rest, false) : null;
    if (after !== null && after.place !== null && after.date === null) return { place: after.place, date, length: sepEnd + after.length, separators: 2 };
    return { place: null, date, length: sepEnd };
  }
  if (!looksLikePlace(prefix.replace(/\.$/, ''))) return null;
  return { place: prefix, date, length: sepEnd };
}
