// The boilerplate stage works on units: one per segment of a non-blank line (a whole line, or
// the two parts of a line whose menu heading was glued to the next text). Each unit carries
// what the rules read, and the decision taken so far.
import type { Segment } from '../model';
import { boilerplateRule } from './boilerplate.rules';
import { bare, fold, readable, wordCount } from './text';

/** Only the start of a very long line is read by cue rules (cues are about short lines). */
const READ_LIMIT = 2000;
const FOLD_LIMIT = 400;

export interface Unit {
  seg: Segment;
  /** Position of the unit in the document's unit list. */
  k: number;
  /** What a reader sees (markup removed, entities decoded, spaces collapsed), capped for long lines. */
  text: string;
  /** Folded start of `text`, for cue phrases. */
  folded: string;
  /** `folded` without leading bullets and trailing colon or punctuation (`Partager :` → `partager`). */
  bare: string;
  words: number;
  /** Length of the readable text (not capped). */
  length: number;
  /** A blank line (or the start of the text) comes before / after this unit's line. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** `head` is a glued menu heading cut off a line, `rest` what followed it; `marker` a quoted e-mail's `> `. */
  part: 'whole' | 'head' | 'rest' | 'marker';
  /** The decision so far: the rule that drops the unit (null: kept), or a rule that keeps it. */
  rule: string | null;
  drop: boolean;
  confidence: number;
}

/** Makes a unit from a segment; `text` is read from the segment's own text. */
export function makeUnit(seg: Segment, k: number, part: Unit['part'], blankBefore: boolean, blankAfter: boolean): Unit {
  const long = seg.text.length > READ_LIMIT;
  const text = readable(long ? seg.text.slice(0, READ_LIMIT) : seg.text);
  const folded = fold(text.length > FOLD_LIMIT ? text.slice(0, FOLD_LIMIT) : text);
  return {
    seg,
    k,
    text,
    folded,
    bare: bare(folded),
    words: long ? Math.max(wordCount(text), 300) : wordCount(text),
    length: long ? seg.text.length : text.length,
    blankBefore,
    blankAfter,
    part,
    rule: null,
    drop: false,
    confidence: 0,
  };
}

/**
 * Drops a unit by a rule unless an earlier rule already decided it (returns true when it applied).
 * The confidence is the rule's own (boilerplate.rules.ts) unless given.
 */
export function mark(u: Unit, rule: string, confidence?: number): boolean {
  if (u.rule !== null) return false;
  u.rule = rule;
  u.drop = true;
  u.confidence = confidence ?? boilerplateRule(rule)?.confidence ?? 0.8;
  return true;
}

/** Keeps a unit by a rule (user choices), unless an earlier rule already decided it. */
export function keep(u: Unit, rule: string, confidence: number): void {
  if (u.rule !== null) return;
  u.rule = rule;
  u.drop = false;
  u.confidence = confidence;
}

/** True when nothing has decided the unit yet. */
export const open = (u: Unit): boolean => u.rule === null;
