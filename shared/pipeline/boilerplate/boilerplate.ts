// The boilerplate stage: which segments of a decoded document are not the release. Decisions
// are taken in order — the user's overrides, the user's learned rules, e-mail structure, cue
// lines, the decoder's hints (page chrome, captions), blocks that follow a cue line, the
// navigation zone, then lines that recur across the library — and the first decision stands.
import type { LineOverrides } from '../../domain';
import { lineKey } from '../lines';
import type { DecodedDocument, LearnedLines, Verdict } from '../model';
import { captions, cookieButtons, followingBlocks, hinted, isContactStart, labelledLists, shareRuns } from './blocks';
import { emailPass } from './email';
import { gluedHeadingEnd } from './glued';
import { LINE_RULES } from './line.rules';
import { hasEmail, PHONE } from './text';
import { keep, makeUnit, mark, open, type Unit } from './units';
import { archiveHeader, wireInitials } from './wire';
import { navigationZone } from './zones';

export interface BoilerplateContext {
  learned: LearnedLines;
  overrides: LineOverrides;
}

/** A line is read for repetition only when short enough to be a heading or a label. */
const KEY_LIMIT = 160;
/** Sources of the library a line must recur in before it is a boilerplate candidate. */
export const RECURRING_MIN = 3;

/** The `> ` markers of a quoted e-mail (`> > ` for a quote in a quote). */
const QUOTE_MARKER = /^(?:[ \t]*>)+[ \t]?/;

/**
 * One unit per segment of every non-blank line: glued menu headings are cut off their line, and
 * in a quoted e-mail (three lines or more starting with `>`) the markers are cut off the text.
 */
export function buildUnits(lines: readonly string[], learned: LearnedLines): { units: Unit[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const keys = lines.map((line) => (line.length > KEY_LIMIT || line.trim() === '' ? '' : lineKey(line)));
  for (const key of keys) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  const units: Unit[] = [];
  const quoted = lines.reduce((n, l) => n + (QUOTE_MARKER.test(l) ? 1 : 0), 0) >= 3;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]!;
    if (text.trim() === '') continue;
    const before = blank(line - 1);
    const after = blank(line + 1);
    const marker = quoted ? (QUOTE_MARKER.exec(text)?.[0].length ?? 0) : 0;
    if (marker > 0) {
      units.push(makeUnit({ line, start: 0, end: marker, text: text.slice(0, marker) }, units.length, 'marker', before, false));
      if (text.slice(marker).trim() === '') continue;
      units.push(makeUnit({ line, start: marker, end: text.length, text: text.slice(marker) }, units.length, 'whole', false, after));
      continue;
    }
    const above = (key: string): boolean => keys.slice(Math.max(0, line - 3), line).includes(key);
    const cut = learned.neverDrop.size > 0 && learned.neverDrop.has(keys[line] || lineKey(text)) ? -1 : gluedHeadingEnd(text, above);
    if (cut > 0) {
      units.push(makeUnit({ line, start: 0, end: cut, text: text.slice(0, cut) }, units.length, 'head', before, false));
      units.push(makeUnit({ line, start: cut, end: text.length, text: text.slice(cut) }, units.length, 'rest', false, after));
    } else {
      units.push(makeUnit({ line, start: 0, end: text.length, text }, units.length, 'whole', before, after));
    }
  }
  return { units, counts };
}

/** The user's word first: forced lines, then "always drop" / "never drop" rules. */
function userChoices(units: Unit[], ctx: BoilerplateContext): void {
  for (const u of units) {
    const forced = ctx.overrides[String(u.seg.line)];
    if (forced === 'dropped') mark(u, 'user', 1);
    else if (forced !== undefined) keep(u, 'user', 1);
    if (!open(u) || (ctx.learned.alwaysDrop.size === 0 && ctx.learned.neverDrop.size === 0)) continue;
    const key = lineKey(u.part === 'whole' ? u.seg.text : u.text);
    if (ctx.learned.alwaysDrop.has(key)) mark(u, 'bp-user-always', 1);
    else if (ctx.learned.neverDrop.has(key)) keep(u, 'bp-user-never', 1);
  }
}

/** Lines seen in several earlier sources are boilerplate candidates, unless they look like content. */
function recurring(units: Unit[], learned: LearnedLines, lead: number): void {
  if (learned.recurring.size === 0) return;
  for (const u of units) {
    if (!open(u) || u.k === lead || hasEmail(u.text) || PHONE.test(u.text) || isContactStart(u)) continue;
    if ((learned.recurring.get(lineKey(u.seg.text)) ?? 0) >= RECURRING_MIN) mark(u, 'bp-learned-recurring', 0.4);
  }
}

/**
 * The boilerplate verdict for every segment of every non-blank line, in document order: dropped
 * with the rule that decided and its confidence, or kept (rule null unless a user rule kept it).
 * Pure and total; linear in the size of the text (each rule reads at most the start of a line).
 */
export function findBoilerplate(doc: DecodedDocument, ctx: BoilerplateContext): Verdict[] {
  const lines = doc.text.split('\n');
  const { units, counts } = buildUnits(lines, ctx.learned);
  userChoices(units, ctx);
  for (const u of units) if (u.part === 'head') mark(u, 'bp-glued-heading', 0.85);
  for (const u of units) if (u.part === 'marker') mark(u, 'bp-email-quote', 0.95);
  emailPass(units);
  for (const u of units) {
    if (!open(u)) continue;
    const hit = LINE_RULES.find((r) => r.test(u));
    if (hit !== undefined) mark(u, hit.id);
  }
  archiveHeader(units);
  wireInitials(units);
  // After the cue rules, so a footer or a cookie banner in the page chrome keeps its own rule.
  hinted(units, doc.hints);
  cookieButtons(units);
  labelledLists(units);
  shareRuns(units);
  const blankLines = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1 && lines[i - 1]!.trim() !== '');
  followingBlocks(units, blankLines);
  captions(units, blankLines);
  const lead = navigationZone(units, counts);
  recurring(units, ctx.learned, lead);
  return units.map((u) => ({ segment: u.seg, drop: u.drop, rule: u.rule, confidence: u.rule === null ? 0.5 : u.confidence }));
}
