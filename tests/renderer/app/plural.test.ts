import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/i18n/catalog';
import { interpolate } from '../../../renderer/i18n/format';
import type { Translate } from '../../../renderer/i18n/I18nProvider';
import { plural } from '../../../renderer/app/plural';
import type { Language } from '../../../shared/domain';

const tFor = (lang: Language): Translate => (key, params) => interpolate(catalog[lang][key] ?? key, params);
const keys = { one: 'library.count.one', other: 'library.count.other' } as const;

describe('plural', () => {
  it('French counts 0 and 1 as singular, English and Spanish only 1', () => {
    expect(plural(tFor('fr'), 'fr-FR', keys, 0)).toBe('0 communiqué');
    expect(plural(tFor('fr'), 'fr-FR', keys, 1)).toBe('1 communiqué');
    expect(plural(tFor('en'), 'en-GB', keys, 0)).toBe('0 releases');
    expect(plural(tFor('es'), 'es-ES', keys, 1)).toBe('1 comunicado');
  });

  it('groups digits the way the locale does', () => {
    expect(plural(tFor('fr'), 'fr-FR', keys, 10_000)).toMatch(/^10\s000 communiqués$/);
    expect(plural(tFor('en'), 'en-GB', keys, 10_000)).toBe('10,000 releases');
  });
});
