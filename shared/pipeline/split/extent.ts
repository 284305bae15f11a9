// Where the body ends: the first sign after the lead that the release is over — the next item of
// a listing page, a boilerplate line whose rule ends an article (end mark, about blurb, notes to
// editors, footer, tags…), or the contact block. A sign ends the body only when less kept text
// follows it than lies between the lead and it: a tail is short, and a false sign in the middle
// of a long text (a subheading that looks like a tag line) must not cut the body in two.
import type { Segment, Verdict } from '../model';
import { endsBody } from './fields';
import type { Piece } from './pieces';

export const before = (a: Segment, b: Segment): boolean => a.line < b.line || (a.line === b.line && a.start < b.start);

/** Kept text length between two positions, from prefix sums over the pieces (document order). */
function measure(pieces: readonly Piece[]): (from: Segment, to: Segment | null) => number {
  const sums = [0];
  for (const p of pieces) sums.push(sums.at(-1)! + p.text.length);
  // Index of the first piece at or after `s`.
  const at = (s: Segment | null): number => {
    if (s === null) return pieces.length;
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(pieces[mid]!.seg, s)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (from, to) => sums[at(to)]! - sums[at(from)]!;
}

/**
 * The first segment that is no longer body (null: the body runs to the end). `next` is the first
 * segment of the next item of a listing page, when there is one; `contacts` the contact block.
 */
export function bodyEnd(lead: Segment, pieces: readonly Piece[], verdicts: readonly Verdict[], contacts: readonly Segment[], next: Segment | null): Segment | null {
  const size = measure(pieces);
  const candidates: { seg: Segment; from: Segment }[] = [];
  for (const v of verdicts) if (endsBody(v) && before(lead, v.segment)) candidates.push({ seg: v.segment, from: v.segment });
  const first = contacts.find((s) => before(lead, s));
  // Text after a contact block counts from the block's end (the block itself is not body).
  if (first !== undefined) candidates.push({ seg: first, from: contacts[contacts.length - 1]! });
  candidates.sort((x, y) => (before(x.seg, y.seg) ? -1 : before(y.seg, x.seg) ? 1 : 0));
  for (const c of candidates) {
    if (next !== null && !before(c.seg, next)) break;
    if (size(c.from, next) <= size(lead, c.seg)) return c.seg;
  }
  return next;
}
