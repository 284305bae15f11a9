// Where the contact block is among the kept segments: an intro line and the contact lines after
// it, or, with no intro, contact-like lines at the very end. Pure, linear in the segments.
import type { Segment } from '../../model';
import { BLOCK_STOPS, GREETING_CLOSES } from './contacts.rules';
import { isOfficeLike, partsOfLine, type Part } from './fields';
import { introOf, type Intro } from './intro';

/** Contact lines are short; longer lines are prose and are not even cut into fields. */
export const MAX_CONTACT_LINE = 300;

const MAX_BLOCKS = 20;
const MAX_BLOCK_LINES = 200;

export type LineKind = 'hard' | 'soft' | 'other' | 'prose' | 'stop';

/** What a kept segment looks like to the contact stage. */
export interface LineLook {
  kind: LineKind;
  parts: Part[];
  /** Soft lines that are an office, a role, a label or an address (they may close a block). */
  attached: boolean;
}

const normal = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/gu, ' ').trim();

/** Classifies one segment's text (or the part of an intro line after its colon). */
export function look(text: string): LineLook {
  const t = text.trim();
  if (t.length > MAX_CONTACT_LINE) return { kind: 'prose', parts: [], attached: false };
  const n = normal(t);
  if (BLOCK_STOPS.test(n) || BLOCK_STOPS.test(n.replace(/^[*•·\s]+/u, ''))) return { kind: 'stop', parts: [], attached: false };
  const parts = partsOfLine(t);
  const hard = parts.some((p) => p.kind === 'phone' || p.kind === 'fax' || p.kind === 'email' || p.kind === 'email-hidden');
  if (parts.some((p) => p.kind === 'prose') || (!hard && /[.!?]$/u.test(t) && t.split(/\s+/u).length >= 8)) return { kind: 'prose', parts, attached: false };
  if (hard) return { kind: 'hard', parts, attached: true };
  const soft = parts.some((p) => ['name', 'org', 'role', 'location', 'label', 'address', 'web'].includes(p.kind));
  const attached =
    parts.length > 0 &&
    // An office line under a contact is short; a long capitalised run is the next item's headline.
    parts.every((p) => ['org', 'role', 'label', 'address', 'web', 'other'].includes(p.kind) && (p.kind !== 'org' || (isOfficeLike(p.value) && p.value.split(/\s+/u).length <= 8))) &&
    parts.some((p) => p.kind !== 'other');
  return { kind: soft ? 'soft' : 'other', parts, attached };
}

/** A contact block found among the segments (indices into the segment list). */
export interface BlockFound {
  intro: Intro | null;
  /** Index of the intro segment, or of the first contact line when there is no intro. */
  start: number;
  /** Segment indices of the contact lines (intro excluded). */
  lines: number[];
}

/** Blank raw lines and lines not kept between two segments: many of them end a block. */
function gapBetween(lines: readonly string[], a: Segment, b: Segment): { blank: number; hidden: number } {
  let blank = 0;
  let hidden = 0;
  for (let l = a.line + 1; l < b.line && l < a.line + 50; l++) {
    if ((lines[l] ?? '').trim() === '') blank++;
    else hidden++;
  }
  return { blank, hidden: b.line - a.line > 50 ? 50 : hidden };
}

/**
 * The contact lines after the intro at `start`: hard lines (phone, e-mail), soft lines (name,
 * office, role, label) that lead to a hard line within three lines, and the office/role lines
 * directly under the last hard line. Stops at prose, an end mark or about blurb, another intro,
 * or a wide gap. Without any hard line, a phrase intro keeps up to four name/office lines.
 */
function linesAfter(segments: readonly Segment[], looks: (i: number) => LineLook, lines: readonly string[], start: number, intro: Intro): number[] {
  const run: number[] = [];
  for (let i = start + 1; i < segments.length && run.length < 40; i++) {
    const prevSeg = segments[run.length ? run[run.length - 1]! : start]!;
    const gap = gapBetween(lines, prevSeg, segments[i]!);
    if (gap.blank > 2 || gap.hidden > 3) break;
    if (introOf(segments[i]!.text)) break;
    const l = looks(i);
    if (l.kind === 'prose' || l.kind === 'stop') break;
    run.push(i);
  }
  let lastHard = -1;
  run.forEach((i, k) => {
    if (looks(i).kind === 'hard') lastHard = k;
  });
  if (lastHard < 0) {
    if (intro.strength !== 'phrase') return [];
    const kept: number[] = [];
    for (const i of run.slice(0, 4)) {
      if (looks(i).kind !== 'soft') break;
      kept.push(i);
    }
    return kept.some((i) => looks(i).parts.some((p) => p.kind === 'name' || p.kind === 'org')) ? kept : [];
  }
  const kept = run.slice(0, lastHard + 1);
  for (const i of run.slice(lastHard + 1)) {
    const prevSeg = segments[kept[kept.length - 1]!]!;
    if (gapBetween(lines, prevSeg, segments[i]!).blank > 0 || !looks(i).attached) break;
    kept.push(i);
  }
  return kept;
}

/**
 * Every contact block among `segments`, in order: at each intro line (`introOf`), the contact
 * lines after it; a block whose lines hold no contact is not one. When no intro is found, the run
 * of contact-like lines that ends the document (with a phone or an e-mail and a name or an
 * office) is a block without intro. `looks(i)` classifies segment i (memoised by the caller).
 */
export function findBlocks(segments: readonly Segment[], lines: readonly string[], looks: (i: number) => LineLook): BlockFound[] {
  const blocks: BlockFound[] = [];
  let taken = 0;
  // A release has one or two contact blocks of a few lines: past these bounds the input is not a release.
  // A label right above another intro (`Contacts` / `Media:` / …) belongs to the block that follows.
  let label: { intro: Intro; at: number } | null = null;
  for (let i = 0; i < segments.length && blocks.length < MAX_BLOCKS && taken < MAX_BLOCK_LINES; i++) {
    const intro = introOf(segments[i]!.text);
    if (!intro) continue;
    const after = linesAfter(segments, looks, lines, i, intro);
    const restLook = intro.rest !== null ? look(segments[i]!.text.slice(intro.rest)) : null;
    const restIsContact = restLook !== null && (restLook.kind === 'hard' || restLook.parts.some((p) => p.kind === 'name'));
    if (after.length === 0 && !restIsContact) {
      label = intro.rest === null ? { intro, at: i } : null;
      continue;
    }
    if (label !== null && label.at === i - 1 && gapBetween(lines, segments[label.at]!, segments[i]!).blank <= 1) blocks.push({ intro: label.intro, start: label.at, lines: [] });
    label = null;
    blocks.push({ intro, start: i, lines: after });
    taken += after.length + 1;
    i = after.length > 0 ? after[after.length - 1]! : i;
  }
  if (blocks.length > 0) return blocks;
  // No intro: contact-like lines closing the document.
  const tail: number[] = [];
  for (let i = segments.length - 1; i >= 0 && tail.length < 12; i--) {
    const l = looks(i);
    if (l.kind !== 'hard' && l.kind !== 'soft') break;
    if (tail.length > 0 && gapBetween(lines, segments[i]!, segments[tail[0]!]!).blank > 2) break;
    tail.unshift(i);
  }
  const hard = tail.some((i) => looks(i).kind === 'hard');
  const who = tail.some((i) => looks(i).parts.some((p) => p.kind === 'name' || p.kind === 'org'));
  if (!hard || !who || signedOff(lines, segments[tail[0]!]!.line)) return [];
  return [{ intro: null, start: tail[0]!, lines: tail }];
}

/** The last non-blank raw line above `line` closes a letter (`Cordialement,`, `Best regards`): what follows is a signature. */
function signedOff(lines: readonly string[], line: number): boolean {
  for (let l = line - 1; l >= 0 && l >= line - 5; l--) {
    const t = (lines[l] ?? '').trim();
    if (t !== '') return GREETING_CLOSES.test(t);
  }
  return false;
}
