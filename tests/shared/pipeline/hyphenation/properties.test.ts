// Properties of hyphenate() on any text: only U+00AD is ever inserted, stripping it gives the
// input back, hyphenating twice changes nothing, and protected spans get none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../../../shared/pipeline/hyphenation';
import type { TypoLang } from '../../../../shared/pipeline/typography';
import { findProtectedSpans } from '../../../../shared/pipeline/typography';
import { knownWords } from './marks';

const SHY = '\u00AD';
const strip = (s: string) => s.replaceAll(SHY, '');

const word = fc.constantFrom(
  'organisation', 'l’organisation', "aujourd'hui", 'porte-parole', 'Guinée-Bissau', 'réfugiés', 'Réfugiés', 'ONU', 'COVID-19',
  'possible', 'humanitarian', 'government’s', 'desarrollo', 'pingüino', 'https://www.iom.int/fr/x', 'presse@iom.int',
  '#migrations', '@IOM', '12', '2024-03-12', 'septembre', 'mars', 're\u0301fugie\u0301s', 'McDonald', 'extraordinaire',
);
const punct = fc.constantFrom(' ', ' ', ' ', '\u00A0', '\u202F', ', ', '. ', ' « ', ' » ', '\n', '-', '’', SHY, '\u200B', '¿', '—');
const piece = fc.oneof(word, punct, fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const lang = fc.constantFrom<TypoLang>('fr', 'en', 'es');
const opts = fc.constantFrom(
  {},
  { exceptions: ['ré-fugiés', 'humanitarian', 'Ban-gui'] },
  { isKnownWord: knownWords(['organisation', 'réfugiés', 'possible']) },
);

describe('hyphenate properties', () => {
  it('inserts only U+00AD: removing it gives the input without its own soft hyphens', () => {
    fc.assert(
      fc.property(text, lang, opts, (t, l, o) => {
        expect(strip(hyphenate(t, l, o))).toBe(strip(t));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, lang, opts, (t, l, o) => {
        const once = hyphenate(t, l, o);
        expect(hyphenate(once, l, o)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never puts a soft hyphen inside a protected span, next to another, or next to an apostrophe or hyphen', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const out = hyphenate(t, l);
        expect(out).not.toMatch(/\u00AD[\u00AD'’ʼ\-\s]|[\u00AD'’ʼ\-\s]\u00AD|^\u00AD|\u00AD$/u);
        // Map each inserted soft hyphen to its offset in the input and check it is outside spans.
        const clean = strip(t);
        const spans = findProtectedSpans(clean, l);
        let j = 0;
        for (const c of out) {
          if (c === SHY) expect(spans.some((s) => s.start < j && j < s.end)).toBe(false);
          else j += c.length;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves text without soft hyphens of its own unchanged apart from the ones it adds', () => {
    const t = 'L’Organisation internationale pour les migrations, https://www.iom.int, 12 mars 2024.';
    expect(strip(hyphenate(t, 'fr'))).toBe(t);
    expect(hyphenate(t, 'fr')).not.toBe(t);
  });
});
