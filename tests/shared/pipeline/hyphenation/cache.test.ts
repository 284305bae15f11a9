// The caches are bounded and never change an answer: eviction only costs time.
import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../../../shared/pipeline/hyphenation';
import { BoundedCache } from '../../../../shared/pipeline/hyphenation/cache';

describe('BoundedCache', () => {
  it('keeps at most two generations, and moves an entry read from the old one back', () => {
    const c = new BoundedCache<number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3); // young: c; old: a, b
    expect(c.get('a')).toBe(1); // a moves back: young c, a
    c.set('d', 4); // young full → old: c, a; young: d
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('d')).toBe(4);
  });
});

describe('hyphenate across evictions', () => {
  it('gives the same breaks after tens of thousands of other words', () => {
    const before = hyphenate('la coordination humanitaire', 'fr');
    const words = Array.from({ length: 60_000 }, (_, i) => `organisation${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
    for (let i = 0; i < words.length; i += 500) hyphenate(words.slice(i, i + 500).join(' '), 'fr');
    expect(hyphenate('la coordination humanitaire', 'fr')).toBe(before);
  });
});
