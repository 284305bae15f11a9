// Properties of the unwrap stage on any input: it never throws, takes huge inputs whole (their
// speed is measured by bench/scaling.bench.ts), and loses nothing but whitespace and the
// line-end hyphens it removes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/domain';
import { unwrapSegments, unwrapText } from '../../../../shared/pipeline/unwrap';
import { testLexicon } from './lexicons';

const HYPHENS = /[-\u2010\u00AD]/gu;
const SPACE = /\s/gu;

/** Line pieces that reach every rule: words, compounds, hyphens, bullets, digits, URLs, odd characters. */
const piece = fc.oneof(
  fc.constantFrom('la', 'coordi-', 'nation', 'Pays-', 'Bas', 'porte-', 'parole', ' - ', '-', '--', '• ', '- ', '1. ', 'a) ', '2019-', '2020', 'https://x.org/a-', 'b@c.org'),
  fc.constantFrom('.', ',', ':', '»', '« ', '\u00A0', '\u202F', '\u00AD', '\u2010', '  ', '\t', '😀', 'é', 'É', 'Œ', '\u0301', '¿', '-\u00AD'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const line = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));
const text = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol));
const lang = fc.constantFrom<Language>('fr', 'en', 'es');

describe('unwrap properties', () => {
  it('never throws, and keeps every character but whitespace and removed line-end hyphens', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const out = unwrapText(t, { lang: l, lexicon: testLexicon(l) });
        expect(out.replace(SPACE, '').replace(HYPHENS, '')).toBe(t.replace(SPACE, '').replace(HYPHENS, ''));
        // Only hyphens that ended a line may go.
        const removed = t.replace(SPACE, '').length - out.replace(SPACE, '').length;
        expect(removed).toBeGreaterThanOrEqual(0);
        expect(removed).toBeLessThanOrEqual((t.match(/[-\u2010\u00AD][^\S\n\r]*(?:\r\n|\r|\n)/gu) ?? []).length);
      }),
      { numRuns: 400 },
    );
  });

  it('places every segment with text in exactly one paragraph, in order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), lang, (lines, l) => {
        const segments = lines.flatMap((t, i) => (/\S/.test(t) ? [{ line: i, start: 0, end: t.length, text: t }] : []));
        const ps = unwrapSegments(segments, { lang: l, lexicon: testLexicon(l), lines });
        const placed = ps.flatMap((p) => p.segments);
        expect(placed).toEqual(segments.filter((s) => s.text.replace(/^[^\S\u00A0\u2007\u202F]+|[^\S\u00A0\u2007\u202F]+$/gu, '') !== ''));
        for (const p of ps) expect(p.joins).toHaveLength(p.segments.length - 1);
      }),
      { numRuns: 300 },
    );
  });
});

// The generous timeouts only catch a hang.
describe('huge inputs', () => {
  const ctx = { lang: 'fr' as const, lexicon: testLexicon('fr') };

  it('a 5 MB single line goes through unchanged', () => {
    const big = 'coordination des équipes, porte-parole et main-d’œuvre '.repeat(95_000);
    expect(unwrapText(big, ctx) === big.trimEnd()).toBe(true);
    const out = unwrapText(`${'x'.repeat(5_000_000)}-\nsuite`, ctx);
    expect(out.length).toBeGreaterThanOrEqual(5_000_005);
    expect(out.endsWith('suite')).toBe(true);
  }, 120_000);

  it('200,000 short lines, each ending in a hyphen, without blank lines, are joined', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? 'la coordi-' : i % 3 === 1 ? 'nation des por-' : 'te-parole et'));
    const out = unwrapText(lines.join('\n'), ctx);
    expect(out.startsWith('la coordination des porte-parole et la coordination')).toBe(true);
    expect(out.includes('\n')).toBe(false);
  }, 120_000);

  it('200,000 paragraphs separated by blank lines stay 200,000 paragraphs', () => {
    const t = Array.from({ length: 200_000 }, () => 'Un paragraphe.').join('\n\n');
    expect(unwrapText(t, ctx).split('\n\n')).toHaveLength(200_000);
  }, 120_000);
});
