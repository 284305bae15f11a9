import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContactBlock } from '../../../../shared/pipeline/split/contacts';
import { segmentsOf } from './helpers';

const run = (text: string) => {
  const { lines, segments } = segmentsOf(text);
  return { segments, out: findContactBlock(segments, { lang: 'fr', lines, forced: new Set() }) };
};

// Pieces that look like contact material, so random documents hit the interesting paths.
const piece = fc.constantFrom(
  'Pour plus d’informations, veuillez contacter :', 'Contacts', 'Media contacts', 'Para más información:', 'Fatou Ba, OIM Sénégal',
  'Tél. : +221 33 555 01 42', 'T +41 22 555 01 23 | M +41 79 555 01 23', 'fba@example.org', '[email protected]', 'mailto:x@example.org">x@example.org</a>',
  'À Genève : Hélène Dupraz, OIM Genève, tél. : +41 22 555', '01 23, courriel :', 'IOM Kenya Communications Unit', '«', '»', '“', '”', '"', '###', '',
  'Chargée de communication', 'jdoe [at] example [dot] org', 'L’OIM a présenté mardi un rapport sur les déplacements liés au climat.',
);

describe('findContactBlock properties', () => {
  it('never throws, returns only input segments, and keeps its promises on random documents', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 40 }), (pieces) => {
        const { segments, out } = run(pieces.join('\n'));
        for (const s of out.segments) expect(segments).toContain(s);
        expect(out.rules).toHaveLength(out.segments.length);
        expect(out.contacts.length).toBeLessThanOrEqual(50);
        expect(out.confidence).toBeGreaterThanOrEqual(0);
        expect(out.confidence).toBeLessThanOrEqual(1);
        for (const c of out.contacts) for (const v of Object.values(c)) if (v !== null) expect(v.length).toBeLessThanOrEqual(500);
      }),
      { numRuns: 300 },
    );
  });

  // Their speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('takes a 5 MB single line and 200,000 short lines whole, and keeps its promises', () => {
    const check = ({ segments, out }: ReturnType<typeof run>) => {
      const known = new Set(segments);
      for (const s of out.segments) expect(known.has(s)).toBe(true);
      expect(out.rules).toHaveLength(out.segments.length);
      expect(out.contacts.length).toBeLessThanOrEqual(50);
      for (const c of out.contacts) for (const v of Object.values(c)) if (v !== null) expect(v.length).toBeLessThanOrEqual(500);
    };
    check(run('Contact : Jean 0 1 2 3 4 5 6 7 8 9 @ « x » '.repeat(120_000)));
    check(run(Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? 'Tél. : +41 22 555 01 23' : i % 5 === 0 ? 'Contacts' : 'Jean Dupont, OIM')).join('\n')));
  }, 120_000);
});
