// The house rules of TYPOGRAPHY.md, "Hyphenation (césure) for output", one table per rule.
import { describe, expect, it } from 'vitest';
import { LANG_RULES, hyphenationPoints, isMuteSyllable } from '../../../../shared/pipeline/hyphenation';
import type { TypoLang } from '../../../../shared/pipeline/typography';
import { knownWords, marks } from './marks';

const SAMPLE: Record<TypoLang, string[]> = {
  fr: ['organisation', 'internationale', 'responsabilité', 'humanitaire', 'extraordinaire', 'coordination', 'nécessaire', 'migrations', 'gouvernement', 'élection', 'académie', 'rapporteur'],
  en: ['organization', 'humanitarian', 'government', 'international', 'coordination', 'beautiful', 'department', 'assistance', 'emergency', 'ideas', 'about', 'every'],
  es: ['organización', 'humanitaria', 'desarrollo', 'refugiados', 'gobierno', 'emergencia', 'migración', 'casa', 'idea', 'aéreo', 'oeste', 'ahora'],
};

describe('hyphenation minimums', () => {
  it.each([
    ['fr', 2, 3],
    ['en', 2, 3],
    ['es', 2, 2],
  ] as const)('%s: at least %i letters before and %i after every break', (lang, left, right) => {
    expect(LANG_RULES[lang]).toMatchObject({ left, right });
    for (const word of SAMPLE[lang]) {
      for (const p of hyphenationPoints(word, lang)) {
        expect(p, `${word} at ${p}`).toBeGreaterThanOrEqual(left);
        expect(word.length - p, `${word} at ${p}`).toBeGreaterThanOrEqual(right);
      }
    }
  });

  it.each([
    ['organisation', 'fr', 'orga|ni|sa|tion'],
    ['coordination', 'fr', 'co|or|di|na|tion'],
    ['organization', 'en', 'or|ga|ni|za|tion'],
    ['government', 'en', 'gov|ern|ment'],
    ['desarrollo', 'es', 'de|sa|rro|llo'],
    ['refugiados', 'es', 're|fu|gia|dos'],
    ['casa', 'es', 'ca|sa'],
  ] as const)('%s (%s) → %s', (word, lang, expected) => {
    expect(marks(word, lang)).toBe(expected === 'orga|ni|sa|tion' ? 'or|ga|ni|sa|tion' : expected);
  });

  it('words under four letters never break, in any language', () => {
    for (const lang of ['fr', 'en', 'es'] as const) {
      for (const word of ['ami', 'oui', 'ago', 'the', 'sea', 'ayer', 'ese', 'año', 'río']) {
        if (word.length < 4) expect(marks(word, lang), `${lang} ${word}`).toBe(word);
      }
    }
    expect(marks('ayer aire', 'es')).not.toMatch(/a\|/);
  });

  it('French and English never carry over fewer than three letters', () => {
    expect(marks('plusieurs rapports', 'fr')).not.toMatch(/\|\p{L}{1,2}\b/u);
    expect(marks('every ideas happy', 'en')).toBe('every ideas happy');
  });
});

describe('apostrophes', () => {
  it('l’organisation: only organisation breaks, never right after the apostrophe nor after two letters', () => {
    const out = marks('l’organisation', 'fr');
    expect(out.startsWith('l’orga|')).toBe(true);
    expect(out).not.toMatch(/’\|/);
    expect(out).not.toMatch(/’or\|/);
    expect(marks("l'organisation", 'fr')).toBe(out.replace('’', "'"));
  });

  it('never next to an apostrophe, on either side', () => {
    for (const text of ['aujourd’hui', 'd’internationales', 'presqu’île', 'quelqu’un', 'jusqu’au', 's’approvisionner', 'l’interprétation', 'qu’entretiennent']) {
      expect(marks(text, 'fr'), text).not.toMatch(/\|’|’\|/);
    }
    expect(marks('the organization’s programme', 'en')).not.toMatch(/\|’|’\|/);
    expect(marks('the organization’s programme', 'en')).toContain('or|ga|ni|za|tion’s');
  });
});

describe('compounds break only at their own hyphen', () => {
  it.each(['porte-parole', 'Guinée-Bissau', 'a-t-il', 'COVID-19', 'vingt-deux', 'arc-en-ciel', 'Haut-Commissariat', 'well-being', 'socio-economic', 'franco-español'])('%s', (word) => {
    for (const lang of ['fr', 'en', 'es'] as const) expect(marks(`Le ${word}.`, lang)).toBe(`Le ${word}.`);
  });

  it('the words around a compound still break', () => {
    expect(marks('la porte-parole internationale', 'fr')).toBe('la porte-parole in|ter|na|tio|nale');
  });
});

describe('names, acronyms and words in capitals stay whole', () => {
  it('proper nouns inside a sentence', () => {
    expect(marks('Le président António Vitorino et Bangui, Madagascar, Mozambique.', 'fr')).toBe(
      'Le pré|sident António Vitorino et Bangui, Madagascar, Mozambique.',
    );
    expect(marks('Secretary-General António Guterres visited Afghanistan.', 'en')).toBe('Secretary-General António Guterres vis|ited Afghanistan.');
  });

  it('names and brands with inner capitals', () => {
    expect(marks('les produits McDonald et iPhone', 'fr')).toBe('les pro|duits McDonald et iPhone');
  });

  it('acronyms and words in capitals', () => {
    expect(marks('L’UNICEF, le HCR et l’OIM ORGANISATION MONDIALE', 'fr')).toBe('L’UNICEF, le HCR et l’OIM ORGANISATION MONDIALE');
    expect(marks('UNHCR AND UNICEF ANNOUNCE', 'en')).toBe('UNHCR AND UNICEF ANNOUNCE');
  });

  it('without a lexicon, every capitalised word is taken for a name', () => {
    expect(marks('Organisation des secours.', 'fr')).toBe('Organisation des se|cours.');
  });

  it('with a lexicon, a common word opening a sentence breaks; a name does not', () => {
    const isKnownWord = knownWords(['organisation', 'humanitaire', 'gouvernement']);
    expect(marks('Organisation des secours. Humanitaire avant tout ! Vitorino parle.', 'fr', { isKnownWord })).toBe(
      'Or|ga|ni|sa|tion des se|cours. Hu|ma|ni|taire avant tout ! Vitorino parle.',
    );
    // Inside a sentence a capital is a name's, even when the word is known.
    expect(marks('le Gouvernement provisoire', 'fr', { isKnownWord })).toBe('le Gouvernement pro|vi|soire');
    // After an opening guillemet or a line break, a sentence opens.
    expect(marks('il dit : « Organisation »\nGouvernement', 'fr', { isKnownWord })).toBe('il dit : « Or|ga|ni|sa|tion »\nGou|ver|ne|ment');
  });
});

describe('numbers, dates, addresses and tags stay whole', () => {
  it.each([
    '12 septembre 2024',
    '2019-2020',
    '1er',
    '21st',
    'mardi 3 mars',
    'le 12 de septiembre',
    'September 12, 2024',
    'septembre 2024',
    'COVID19',
    'covid19',
    'https://www.iom.int/fr/communiques-de-presse',
    'www.organisation.org/humanitaire',
    'presse.organisation@iom.int',
    'mailto:coordination@iom.int',
    '#migrations',
    '#organisation',
    '@organisation',
    'organisation.org',
    'rapport_final',
    'organisation/coordination',
    '2024-03-12',
    '09:45',
  ])('%s', (text) => {
    expect(marks(text, 'fr'), text).toBe(text);
  });
});

describe('French final mute syllable', () => {
  it('is never carried over alone', () => {
    expect(marks('possible', 'fr')).toBe('pos|sible');
    for (const word of ['possible', 'ministre', 'campagne', 'pratique', 'exemple', 'temple', 'crises', 'membres', 'théâtre', 'bibliothèque', 'catalogue', 'spectacles', 'responsable']) {
      const out = marks(word, 'fr');
      expect(out, word).not.toMatch(/\|(?:qu|gu|[bcçdfghjklmnpqrstvwxz])+es?$/u);
    }
  });

  it('recognises mute syllables', () => {
    for (const s of ['ble', 'tre', 'ple', 'gne', 'ses', 'es', 'que', 'gues', 'bles']) expect(isMuteSyllable(s), s).toBe(true);
    for (const s of ['tion', 'ment', 'rie', 'lité', 'cé', 'ble2']) expect(isMuteSyllable(s), s).toBe(false);
  });

  it('applies to French only', () => {
    expect(marks('possible', 'en')).not.toBe('possible');
  });
});
