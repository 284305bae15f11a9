import { describe, expect, it } from 'vitest';
import type { ReleaseId, TypographyPreview } from '../../../shared/domain';
import { ruleById } from '../../../shared/pipeline/typography';
import { releaseRows, releasesToChange, ruleRows, toggled } from '../../../renderer/features/library/typographyPlan';

const RULE = 'fr-nnbsp-before-double-punct';
const id = (s: string) => s as ReleaseId;
const preview: TypographyPreview = {
  releases: [
    { id: id('a'), title: 'A', counts: { [RULE]: 3, 'zz-unknown-rule': 1 } },
    { id: id('b'), title: 'B', counts: {} },
    { id: id('c'), title: 'C', counts: { 'zz-unknown-rule': 2 } },
  ],
  totals: { [RULE]: 3, 'zz-unknown-rule': 3, 'zz-zero': 0 },
};

describe('bulk typography plan', () => {
  it('lists the rules most frequent first, worded in the UI language, zero counts left out', () => {
    const rows = ruleRows(preview, 'fr');
    expect(rows.map((r) => [r.id, r.count])).toEqual([
      [RULE, 3],
      ['zz-unknown-rule', 3],
    ]);
    expect(rows[0]).toMatchObject({ message: ruleById(RULE)!.message.fr, norm: ruleById(RULE)!.norm });
    // A rule this build does not know is shown by its id.
    expect(rows[1]).toMatchObject({ message: 'zz-unknown-rule', norm: null });
    expect(ruleRows(preview, 'es')[0]!.message).toBe(ruleById(RULE)!.message.es);
  });

  it('counts per release and the releases that would change under the chosen rules', () => {
    const all = new Set([RULE, 'zz-unknown-rule']);
    expect(releaseRows(preview, all).map((r) => r.count)).toEqual([4, 0, 2]);
    expect(releasesToChange(preview, all)).toBe(2);
    const one = toggled(all, 'zz-unknown-rule', false);
    expect(releaseRows(preview, one).map((r) => r.count)).toEqual([3, 0, 0]);
    expect(releasesToChange(preview, one)).toBe(1);
    expect(releasesToChange(preview, new Set())).toBe(0);
    expect(all.size).toBe(2);
    expect(toggled(one, 'x', true).has('x')).toBe(true);
  });
});
