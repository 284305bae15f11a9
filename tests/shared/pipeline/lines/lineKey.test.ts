import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineKey } from '../../../../shared/pipeline/lines';

/** The definition: NFC, white space runs to one space, trimmed, lower-cased. */
const reference = (text: string): string => text.normalize('NFC').replace(/[\s\u00A0\u202F\u2007]+/gu, ' ').trim().toLowerCase();

describe('lineKey', () => {
  it.each([
    ['  Partager   sur\u00A0Facebook ', 'partager sur facebook'],
    ['Cafe\u0301 Genève', 'café genève'],
    ['\u2000Ångström\u212B', 'ångströmå'],
    ['ＡＢＣ', 'ａｂｃ'],
  ])('%j → %j', (input, key) => {
    expect(lineKey(input)).toBe(key);
  });

  it('is the definition on any text (the shortcut past NFC changes nothing)', () => {
    const chars = fc.constantFrom('a', 'E', 'é', 'e', '\u0301', '\u0327', ' ', '\u00A0', '\u202F', '\u2000', '\u2001', '\u212B', 'Å', '’', '€', 'ﬁ', '\t', 'Ω', '\u2126', '가', '\u1100', '\u1161');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (s) => lineKey(s) === reference(s)),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => lineKey(s) === reference(s)), { numRuns: 3000 });
  });
});
