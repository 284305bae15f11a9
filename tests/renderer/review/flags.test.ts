import { describe, expect, it } from 'vitest';
import { SplitFlag } from '../../../shared/domain';
import { catalog } from '../../../renderer/i18n/catalog';
import { interpolate } from '../../../renderer/i18n/format';
import type { Translate } from '../../../renderer/i18n/I18nProvider';
import { dateMissing, FLAG_KEYS, flaggedFields, reviewPoints, uncertainFields, wordPoint } from '../../../renderer/features/review/flags';
import { mapOf } from './fixtures';

const LANGS = ['fr', 'en', 'es'] as const;
const translator = (lang: (typeof LANGS)[number]): Translate => (key, params) => interpolate(catalog[lang][key] ?? key, params);

describe('flag wording', () => {
  it.each(SplitFlag.shape.code.options)('%s is worded in fr, en and es', (code) => {
    for (const lang of LANGS) {
      const w = wordPoint({ field: 'title', code, line: 3, detail: null }, translator(lang));
      expect(w.text, lang).not.toBe(FLAG_KEYS[code]);
      expect(w.text.length).toBeGreaterThan(10);
    }
  });

  it('the French wording asks for what is missing', () => {
    const t = translator('fr');
    expect(wordPoint({ field: 'date', code: 'no-date', line: null, detail: null }, t).text).toBe('Aucune date trouvée\u00A0: indiquez la date du communiqué.');
    expect(wordPoint({ field: 'title', code: 'no-title', line: null, detail: null }, translator('en')).text).toMatch(/^No title found/);
    expect(wordPoint({ field: 'date', code: 'two-datelines', line: 4, detail: null }, translator('es')).text).toMatch(/^Dos lugares o fechas/);
  });

  it('keeps the evidence apart (a doubtful join, the two dates)', () => {
    const w = wordPoint({ field: 'body', code: 'doubtful-join', line: 12, detail: ' porte-/parole ' }, translator('fr'));
    expect(w.evidence).toBe('porte-/parole');
    expect(wordPoint({ field: 'body', code: 'doubtful-join', line: 12, detail: '  ' }, translator('fr')).evidence).toBeNull();
  });

  it('a field that is only unsure names the field', () => {
    const w = wordPoint({ field: 'contacts', code: 'low-confidence', line: null, detail: null }, translator('fr'));
    expect(w.text).toBe('Découpage peu sûr pour «\u00A0Contacts\u00A0»\u00A0: vérifiez.');
  });
});

describe('points to check', () => {
  it('orders flags as the form reads, stable within a field', () => {
    const map = mapOf([], {
      flags: [
        { field: 'body', code: 'doubtful-join', line: 20, detail: 'a-/b' },
        { field: 'title', code: 'no-title', line: null, detail: null },
        { field: 'body', code: 'contact-like-in-body', line: 9, detail: null },
        { field: 'date', code: 'no-date', line: null, detail: null },
      ],
    });
    expect(reviewPoints(map).map((p) => p.code)).toEqual(['no-title', 'no-date', 'doubtful-join', 'contact-like-in-body']);
  });

  it('adds a low-confidence point for an unsure field no flag explains', () => {
    const map = mapOf([], {
      confidence: { title: 0.9, dateline: 0.4, contacts: 0.3, language: 0.59, date: 0.6 },
      flags: [{ field: 'contacts', code: 'no-contact-intro', line: null, detail: null }],
    });
    expect(uncertainFields(map)).toEqual(['dateline', 'language', 'contacts']);
    const points = reviewPoints(map);
    expect(points.map((p) => [p.field, p.code])).toEqual([
      ['dateline', 'low-confidence'],
      ['language', 'low-confidence'],
      ['contacts', 'no-contact-intro'],
    ]);
    expect([...flaggedFields(points)]).toEqual(['dateline', 'language', 'contacts']);
  });

  it('a confident split with no flags has nothing to check', () => {
    expect(reviewPoints(mapOf([], { confidence: { title: 1, date: 0.95 } }))).toEqual([]);
  });

  it('asks for a date when there is none', () => {
    expect(dateMissing(null)).toBe(true);
    expect(dateMissing('')).toBe(true);
    expect(dateMissing('2024-03-06')).toBe(false);
  });
});
