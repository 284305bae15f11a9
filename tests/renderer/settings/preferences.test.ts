import { describe, expect, it } from 'vitest';
import { NATIVE_LANGUAGE_NAMES, platformName, uiLanguageOptions } from '../../../renderer/features/settings/preferences';

describe('uiLanguageOptions', () => {
  it('offers Automatic first, naming the language the system gives, then each language in its own name', () => {
    expect(uiLanguageOptions('fr-CH')).toEqual([
      { value: 'system', name: 'Français' },
      { value: 'fr', name: 'Français', lang: 'fr' },
      { value: 'en', name: 'English', lang: 'en' },
      { value: 'es', name: 'Español', lang: 'es' },
    ]);
  });

  it.each([
    ['es-MX', 'Español'],
    ['de-DE', 'English'],
    ['en-US', 'English'],
  ])('system %s resolves to %s', (locale, name) => {
    expect(uiLanguageOptions(locale)[0]).toEqual({ value: 'system', name });
  });

  it('language names are written in their own language', () => {
    expect(NATIVE_LANGUAGE_NAMES).toEqual({ fr: 'Français', en: 'English', es: 'Español' });
  });
});

describe('platformName', () => {
  it.each([
    ['win32', 'Windows'],
    ['darwin', 'macOS'],
    ['linux', 'Linux'],
    ['sunos', 'sunos'],
  ])('%s → %s', (id, name) => {
    expect(platformName(id)).toBe(name);
  });
});
