// The page's navigation zone: everything above the article. The article starts with the first
// prose paragraph that the body continues after (a menu blurb is followed by menu entries, not by
// more prose). Above it, short title-case lines in runs, repeated headings, menu entries and
// the text of glued headings are the site's menus — except the headline, which is protected.
import { lineKey } from '../lines';
import { BYLINE } from '../split/split.rules';
import { parseStamp } from '../split/stamp';
import { NAV_ENTRIES, SECTION_LABELS } from './cues.web';
import { phrases } from './line.rules';
import { hasEmail, LIST_MARKER, PHONE, SENTENCE_END, STARTS_LOWER } from './text';
import { mark, open, type Unit } from './units';

const NAV = new Set([...phrases(NAV_ENTRIES), ...phrases(SECTION_LABELS)]);
/** Rules that say "navigation": a run of menu lines may pass through lines they dropped. */
const NAVISH = new Set(['bp-skip-link', 'bp-language-switcher', 'bp-site-label', 'bp-nav-entry', 'bp-menu', 'bp-menu-repeated', 'bp-glued-heading', 'bp-menu-blurb', 'bp-separator', 'bp-breadcrumb', 'bp-cookie-banner', 'bp-cookie-button', 'bp-chrome']);

const isProse = (words: number, text: string): boolean => words >= 15 && (SENTENCE_END.test(text) || /:$/.test(text) || words >= 30);

interface Group {
  first: number;
  last: number;
  words: number;
  text: string;
}

/** Rough paragraphs of the open units (wrapped lines joined), for finding where the article starts. */
function groups(units: Unit[]): Group[] {
  const out: Group[] = [];
  let cur: Group | null = null;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!open(u) || u.part === 'rest') {
      cur = null;
      continue;
    }
    const prev = cur === null ? null : units[cur.last]!;
    const continues = prev !== null && cur !== null && cur.last === k - 1 && !u.blankBefore && !SENTENCE_END.test(prev.text) && !LIST_MARKER.test(u.seg.text) && (STARTS_LOWER.test(u.text) || /[-\u00AD]$/.test(prev.text));
    if (continues && cur !== null) {
      cur.last = k;
      cur.words += u.words;
      cur.text = u.text;
    } else {
      cur = { first: k, last: k, words: u.words, text: u.text };
      out.push(cur);
    }
  }
  return out;
}

/**
 * Index of the first unit of the article's lead, as far as layout tells (units.length when there
 * is no prose): the first prose paragraph, unless what follows it is a menu (short entries), as
 * under a menu's description.
 */
export function estimateLead(units: Unit[]): number {
  const gs = groups(units);
  const menuish = (g: Group): boolean => g.first === g.last && navLike(units[g.first]!);
  let first = -1;
  for (let i = 0; i < gs.length; i++) {
    const g = gs[i]!;
    if (!isProse(g.words, g.text)) continue;
    if (first < 0) first = g.first;
    // A menu's description sits under a short menu heading and is followed by short entries;
    // a lead that introduces a list (`…the following countries:`) is not one.
    const after = gs.slice(i + 1, i + 4);
    const heading = gs[i - 1];
    const underMenuHeading = heading === undefined || heading.words <= 4;
    if (after.length < 3 || !after.every(menuish) || !underMenuHeading || /:$/.test(g.text)) return g.first;
  }
  return first >= 0 ? first : units.length;
}

/** A line that could be the headline: a few words, no sentence punctuation at its end, no date. */
function headlineLike(u: Unit): boolean {
  return !LIST_MARKER.test(u.seg.text) && u.words >= 3 && u.words <= 45 && !/[.:,;]$/.test(u.text) && !BYLINE.test(u.text) && parseStamp(u.text) === null;
}

/** The nearest headline-like open unit above the lead, with its verbatim repeats. */
function protectedHeadline(units: Unit[], lead: number): Set<number> {
  const out = new Set<number>();
  for (let k = lead - 1; k >= 0 && lead - k <= 8; k--) {
    const u = units[k]!;
    if (!open(u) || !headlineLike(u)) continue;
    const key = lineKey(u.text);
    for (let j = Math.max(0, k - 3); j < lead; j++) if (lineKey(units[j]!.text) === key) out.add(j);
    break;
  }
  return out;
}

const navLike = (u: Unit): boolean => u.words >= 1 && u.words <= 6 && !SENTENCE_END.test(u.text) && !/[:\d@]/.test(u.text) && !hasEmail(u.text) && !PHONE.test(u.text);

/**
 * Marks the site's menus above the article: glued-heading texts, menu entries, `- item` lists,
 * repeated short headings and runs of three or more short lines. Returns the lead estimate.
 */
export function navigationZone(units: Unit[], counts: ReadonlyMap<string, number>): number {
  const lead = estimateLead(units);
  const keep = protectedHeadline(units, lead);
  const top = units.slice(0, lead).filter((u) => !keep.has(u.k));
  for (const u of top) {
    if (!open(u)) continue;
    if (u.part === 'rest') mark(u, 'bp-menu-blurb', 0.7);
    else if (u.words <= 5 && NAV.has(u.bare)) mark(u, 'bp-nav-entry', 0.75);
    else if (LIST_MARKER.test(u.seg.text) && u.words <= 14 && !/[.;,:!?]$/.test(u.text)) mark(u, 'bp-menu', 0.7);
    else if (navLike(u) && u.words <= 5 && (counts.get(lineKey(u.text)) ?? 0) >= 2) mark(u, 'bp-menu-repeated', 0.75);
  }
  // Runs: consecutive units that are menu-ish (dropped as navigation, or short open lines).
  let run: Unit[] = [];
  const flush = (): void => {
    if (run.filter((u) => open(u) ? navLike(u) : NAVISH.has(u.rule ?? '')).length >= 3) for (const u of run) if (open(u)) mark(u, 'bp-menu', 0.65);
    run = [];
  };
  for (const u of top) {
    const menuish = open(u) ? navLike(u) : NAVISH.has(u.rule ?? '');
    if (!menuish || (run.length > 0 && run.at(-1)!.k !== u.k - 1)) flush();
    if (menuish) run.push(u);
  }
  flush();
  // Above the last navigation sign (breadcrumb, menu run…) before the headline, all is navigation
  // (site names, taglines); lines with figures are left to the split (a date line is content).
  const headline = keep.size > 0 ? Math.min(...keep) : lead;
  const lastNav = top.findLastIndex((u) => u.k < headline && !open(u) && NAVISH.has(u.rule ?? ''));
  for (const u of top.slice(0, Math.max(0, lastNav))) if (open(u) && !/\d/.test(u.text) && u.words <= 20) mark(u, 'bp-menu', 0.6);
  runningHeaders(units, counts, lead, keep);
  return lead;
}

/**
 * Running heads and feet of a paginated document (a PDF copy): short lines printed again inside
 * the text — alone or as a run of lines printed together (a letterhead, an address footer) — each
 * print standing apart: next to a page number, or with blank lines (or the start or end of the
 * text) around it, at least one print next to a page number unless all are set apart by blanks.
 * Not the headline, and not lines repeated close together (an office named twice in a block).
 */
function runningHeaders(units: Unit[], counts: ReadonlyMap<string, number>, lead: number, headline: ReadonlySet<number>): void {
  const skip = new Set([...headline].map((k) => lineKey(units[k]!.text)));
  const byKey = new Map<string, Unit[]>();
  const repeated = new Set<number>();
  for (const u of units) {
    if (u.part !== 'whole' || u.words > 20 || u.length > 120) continue;
    const key = lineKey(u.text);
    if ((counts.get(key) ?? 0) < 2 || skip.has(key)) continue;
    const prints = byKey.get(key);
    if (prints === undefined) byKey.set(key, [u]);
    else prints.push(u);
    repeated.add(u.k);
  }
  if (byKey.size === 0) return;
  const pageMark = (k: number): boolean => units[k]?.rule === 'bp-page-number';
  // The run of repeated lines printed together with `u` (no blank line inside it), as unit indices.
  const run = (u: Unit): [number, number] => {
    let a = u.k;
    while (repeated.has(a - 1) && !units[a]!.blankBefore && a - 1 > u.k - 12) a--;
    let b = u.k;
    while (repeated.has(b + 1) && !units[b]!.blankAfter && b + 1 < u.k + 12) b++;
    return [a, b];
  };
  const strong = (u: Unit): boolean => {
    const [a, b] = run(u);
    return pageMark(a - 1) || pageMark(b + 1) || pageMark(u.k - 1) || pageMark(u.k + 1);
  };
  const blanks = (u: Unit): boolean => u.blankBefore && u.blankAfter;
  const edge = (u: Unit): boolean => {
    const [a, b] = run(u);
    // The first page's letterhead opens the text; the last page's foot ends it.
    return a === 0 || b === units.length - 1 || (units[a]!.blankBefore && units[b]!.blankAfter);
  };
  for (const prints of byKey.values()) {
    if (prints.length < 2 || !prints.some((u) => u.k > lead)) continue;
    if (prints.some((u, i) => i > 0 && u.seg.line - prints[i - 1]!.seg.line <= 2)) continue;
    const standApart = prints.every(blanks) || (prints.some(strong) && prints.every((u) => strong(u) || edge(u)));
    if (!standApart) continue;
    for (const u of prints) mark(u, 'bp-running-header', 0.7);
  }
}
