// Matchers for news wires, newswire distributors and mailing-list archives (cues.wire.ts): a
// dispatch's routing and keyword slugs above the headline, the editors' initials and time sign-off
// under it, a distributor's `SOURCE` line, an archive page's navigation and the message header
// the archive prints above the navigation (subject, author, date). Each reads one unit, except
// `archiveHeader`, which walks the top of the unit list once.
import { ARCHIVE_SORT_WORDS, LIST_ARCHIVE, WIRE_CONTRIBUTION, WIRE_INITIALS, WIRE_KEYWORDS, WIRE_ROUTING, WIRE_SIGNOFF, WIRE_SOURCE } from './cues.wire';
import { fold } from './text';
import { mark, open, type Unit } from './units';

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One anchored pattern for all the archive cues (a cue, then the end or a separator). */
const ARCHIVE = new RegExp(`^(?:${LIST_ARCHIVE.map(fold).sort((a, b) => b.length - a.length).map(escape).join('|')})(?:$|[\\s:.,(])`);
const SORT_WORDS = new Set(ARCHIVE_SORT_WORDS.map(fold));
const SOURCE = WIRE_SOURCE.map(fold);
/** Units at the top of a document where a wire prints its slugs (before the headline). */
const SLUG_ZONE = 8;

/** The folded line without the dashes, brackets and spaces an archive puts around its notes. */
const core = (u: Unit): string => u.folded.replace(/^[\s\-_=*[(]+|[\s\-_=*\])]+$/g, '');

/** `Message précédent : …`, `Messages sorted by: [ date ] [ thread ]`, `-------------- next part --------------`. */
export function isArchiveLine(u: Unit): boolean {
  if (u.words > 30) return false;
  const c = core(u);
  if (ARCHIVE.test(c)) return true;
  // Pipermail's footer: `More information about the Press-list mailing list`.
  if (c.startsWith('m') && /^more information about the .{1,60} mailing list$|^mas informacion sobre la lista .{1,60}$/.test(c)) return true;
  // `[ date ] [ thread ] [ sujet ] [ auteur ]`
  if (!c.includes('[')) return false;
  const bracketed = [...c.matchAll(/\[\s*([^\]]{1,20}?)\s*\]/g)].map((m) => m[1]!);
  return bracketed.length >= 3 && bracketed.every((w) => SORT_WORDS.has(w));
}

/** `SOURCE Centre d'accueil…` (capital cue word) or `View original content: https://…` of a newswire. */
export function isWireSource(u: Unit): boolean {
  const c = u.folded.charCodeAt(0);
  // `s`ource, `f`uente, `v`iew / `v`oir / `v`er, `o`riginal: a cheap gate before the cues.
  if ((c !== 115 && c !== 102 && c !== 118 && c !== 111) || u.words > 20 || /[.!?]$/.test(u.text)) return false;
  const cue = SOURCE.find((s) => u.folded.startsWith(s + ' ') || u.folded.startsWith(s + ':'));
  if (cue === undefined) return false;
  // `SOURCE` / `FUENTE` in capitals before a name; the longer cues are links to the original.
  return cue.includes(' ') || /^(?:SOURCE|FUENTE)\b\s*:?\s+\p{Lu}/u.test(u.text);
}

/** A wire's routing slug or keyword slug near the top, its time sign-off, or its credit line (`X contributed to this report.`). */
export function isWireSlug(u: Unit): boolean {
  if (u.words <= 20 && /contribu|colabor/.test(u.folded) && WIRE_CONTRIBUTION.test(u.text.trim())) return true;
  if (u.words > 8 || u.length > 80) return false;
  const t = u.text.trim();
  if (WIRE_SIGNOFF.test(t)) return true;
  return u.k < SLUG_ZONE && (WIRE_ROUTING.test(t) || WIRE_KEYWORDS.test(t));
}

/**
 * The sign-off a dispatch ends with, among the last lines of the text only: the editors' initials
 * (`ab/sd/ml`; `and/or` elsewhere is text) and the agency's name alone right under the last
 * paragraph (`EFE`, `AFP`; not an office line inside a contact block).
 */
export function wireInitials(units: Unit[]): void {
  for (let k = Math.max(0, units.length - SLUG_ZONE); k < units.length; k++) {
    const u = units[k]!;
    if (!open(u) || u.length > 24) continue;
    const t = u.text.trim();
    const prev = units[k - 1];
    const agency = /^\p{Lu}{2,6}$/u.test(t) && prev !== undefined && prev.words >= 15 && /[.!?»”"]$/u.test(prev.text);
    if (WIRE_INITIALS.test(t) || agency) mark(u, 'bp-wire-slug', 0.8);
  }
}

/**
 * The message header an archive page prints above its navigation (the subject in list brackets,
 * the author with an `at` address, the date): the few open lines above the first navigation line,
 * when that line comes early in the page.
 */
export function archiveHeader(units: Unit[]): void {
  const first = units.findIndex((u) => u.rule === 'bp-list-archive');
  if (first < 0 || first > SLUG_ZONE) return;
  const above = units.slice(0, first);
  if (above.length > 5 || above.some((u) => u.words > 40)) return;
  for (const u of above) if (open(u)) mark(u, 'bp-list-archive', 0.8);
}
