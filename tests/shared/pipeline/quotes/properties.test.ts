import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../shared/pipeline/split/quotes';

const piece = fc.constantFrom(
  '«', '»', '“', '”', '‘', '’', '"', ' ', ', a déclaré ', ', a-t-il ajouté.', ',” she said, “', '», agregó.', 'Pär Liljert', 'M. Kaboré',
  'la directrice', 'Nous devons agir maintenant pour les familles', '. ', ': ', 'selon Jean Roux', 'le programme', 'la la la ',
);

describe('extractQuotes properties', () => {
  it('never throws; every quote lies in a paragraph, is five words or more, and has a short speaker', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 }).map((a) => a.join('')), { maxLength: 8 }),
        fc.constantFrom('fr', 'en', 'es' as const),
        (paragraphs, lang) => {
          const quotes = extractQuotes(paragraphs, { lang });
          for (const q of quotes) {
            expect(paragraphs.some((p) => p.includes(q.text))).toBe(true);
            expect(q.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)!.length).toBeGreaterThanOrEqual(5);
            if (q.speaker !== null) expect(q.speaker.length).toBeLessThanOrEqual(300);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Their speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('takes a 5 MB paragraph, 200,000 short paragraphs and runs of a million marks whole', () => {
    const speech = '« Nous devons agir maintenant pour les familles », a déclaré Jean Roux. « la la la la la » ';
    const big = speech.repeat(Math.ceil(5_000_000 / speech.length));
    const quotes = extractQuotes([big], { lang: 'fr' });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(500);
    for (const q of quotes) expect(big.includes(q.text)).toBe(true);
    const short = Array.from({ length: 200_000 }, (_, i) => (i % 3 ? `“We must act now for the families,” he added ${i}.` : 'M. Kaboré a dit « oui »'));
    for (const q of extractQuotes(short, { lang: 'en' })) expect(q.text).toBe('We must act now for the families');
    const marks = ['«'.repeat(1_000_000) + '»'.repeat(1_000_000), `${'la '.repeat(1_000_000)}« ${'Mot '.repeat(10)} »`];
    for (const q of extractQuotes(marks, { lang: 'fr' })) expect(marks.some((p) => p.includes(q.text))).toBe(true);
  }, 120_000);
});
