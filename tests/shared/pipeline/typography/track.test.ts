import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../../../shared/pipeline/typography';
import { EditTrack } from '../../../../shared/pipeline/typography/track';
import { applySuggestions } from '../../../../shared/pipeline/typography';

/** Apply edits the plain way, for comparison. */
const plain = (text: string, edits: readonly Edit[]): string => {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
};

const editsFor = (len: number) =>
  fc
    .array(fc.record({ a: fc.nat(len), b: fc.nat(3), r: fc.string({ maxLength: 3, unit: fc.constantFrom('x', 'y', ' ') }) }), { maxLength: 5 })
    .map((raw) => {
      const sorted = raw.map((e) => ({ start: e.a, end: Math.min(len, e.a + e.b), replacement: e.r })).sort((x, y) => x.start - y.start);
      const out: Edit[] = [];
      let last = -1;
      for (const e of sorted) if (e.start >= last && !(e.start === last && out.length > 0 && out[out.length - 1]?.end === e.start && e.start === e.end)) {
        out.push(e);
        last = e.end;
      }
      return out;
    });

describe('EditTrack', () => {
  it('keeps the working text equal to the edits applied in turn', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c', ' ') }), fc.nat(), (text, seed) => {
        const track = new EditTrack(text);
        let expected = text;
        let s = seed;
        for (let round = 0; round < 3; round += 1) {
          const edits = fc.sample(editsFor(expected.length), { seed: s++, numRuns: 1 })[0] ?? [];
          track.apply(edits, `r${round}`);
          expected = plain(expected, edits);
          expect(track.text).toBe(expected);
        }
        // The net changes, applied to the original, give the same text.
        const changes = track.changes().map((c) => ({ ruleId: c.rule, start: c.start, end: c.end, replacement: c.replacement, message: '' }));
        expect(applySuggestions(text, changes)).toBe(expected);
        for (let i = 1; i < changes.length; i += 1) expect(changes[i]!.start).toBeGreaterThanOrEqual(changes[i - 1]!.end);
      }),
      { numRuns: 500 },
    );
  });

  it('attributes a change to the rule that made it', () => {
    const t = new EditTrack('ab cd ef');
    t.apply([{ start: 2, end: 3, replacement: '_' }], 'one');
    t.apply([{ start: 5, end: 6, replacement: '' }], 'two');
    expect(t.text).toBe('ab_cdef');
    expect(t.changes()).toEqual([
      { start: 2, end: 3, replacement: '_', rule: 'one', group: undefined },
      { start: 5, end: 6, replacement: '', rule: 'two', group: undefined },
    ]);
  });

  it('splits a region written side by side by two rules into one change each', () => {
    const t = new EditTrack("d'Etat");
    t.apply([{ start: 1, end: 2, replacement: '’' }], 'apostrophe');
    t.apply([{ start: 2, end: 3, replacement: 'É' }], 'capitals');
    expect(t.text).toBe('d’État');
    expect(t.changes()).toEqual([
      { start: 1, end: 2, replacement: '’', rule: 'apostrophe', group: undefined },
      { start: 2, end: 3, replacement: 'É', rule: 'capitals', group: undefined },
    ]);
  });

  it('keeps one change where a later rule rewrote an earlier one’s text', () => {
    const t = new EditTrack('a...b');
    t.apply([{ start: 1, end: 4, replacement: '…' }], 'ellipsis');
    t.apply([{ start: 1, end: 2, replacement: '… ' }], 'space');
    expect(t.changes()).toEqual([{ start: 1, end: 4, replacement: '… ', rule: 'space', group: undefined }]);
  });

  it('suggests nothing where rules undid each other', () => {
    const t = new EditTrack('a b');
    t.apply([{ start: 1, end: 2, replacement: '' }], 'one');
    t.apply([{ start: 1, end: 1, replacement: ' ' }], 'two');
    expect(t.changes()).toEqual([]);
  });

  it('maps working offsets back to the original', () => {
    const t = new EditTrack('abcdef');
    t.apply([{ start: 2, end: 2, replacement: 'XY' }], 'ins');
    expect(t.text).toBe('abXYcdef');
    expect([0, 1, 2, 3, 4, 5].map((o) => t.toOriginal(o))).toEqual([0, 1, 2, 2, 2, 3]);
  });
});
