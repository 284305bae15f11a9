// Every UI string exists in French, English and Spanish, with the same placeholders, and the
// French ones follow French typography (the users are French-speaking press officers).
import { describe, expect, it } from 'vitest';
import { catalog, featureTables } from '../../renderer/i18n/catalog';
import { interpolate } from '../../renderer/i18n/format';

const LANGS = ['fr', 'en', 'es'] as const;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalog', () => {
  it.each(Object.entries(featureTables))('%s: same keys in fr, en and es, none empty', (_name, table) => {
    const fr = Object.keys(table.fr).sort();
    for (const lang of LANGS) {
      const strings = table[lang] as Record<string, string>;
      expect(Object.keys(strings).sort()).toEqual(fr);
      for (const [key, value] of Object.entries(strings)) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('keys are unique across features (no feature silently overrides another)', () => {
    const seen = new Map<string, string>();
    for (const [name, table] of Object.entries(featureTables)) {
      for (const key of Object.keys(table.fr)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('placeholders are the same in every language', () => {
    for (const key of Object.keys(catalog.fr)) {
      const expected = placeholders(catalog.fr[key]!);
      for (const lang of LANGS) expect(placeholders(catalog[lang][key]!), `${lang} ${key}`).toEqual(expected);
    }
  });

  it('French strings use French typography: ’, no plain space before : ; ! ? », none missing', () => {
    const problems: string[] = [];
    for (const [key, value] of Object.entries(catalog.fr)) {
      if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(value)) problems.push(`${key}: straight apostrophe`);
      if (/ [:;!?»]/.test(value)) problems.push(`${key}: ordinary space before punctuation`);
      if (/«(?![\u00A0\u202F])/.test(value)) problems.push(`${key}: no no-break space after «`);
      if (/[^\s\u00A0\u202F{(][;!?](?=\s|$)/u.test(value)) problems.push(`${key}: no narrow no-break space before ; ! ?`);
      if (/[^\s\u00A0\u202F{(/]:(?=\s|$)/u.test(value)) problems.push(`${key}: no no-break space before :`);
    }
    expect(problems).toEqual([]);
  });

  it('interpolate fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{n} sur {total}', { n: 3, total: 12 })).toBe('3 sur 12');
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}');
  });
});
