import { resolveUiLanguage, type Language, type UiLanguage } from '../../../shared/domain';

/** Each language's name in that language: a user who cannot read the current UI still finds theirs. */
export const NATIVE_LANGUAGE_NAMES: Readonly<Record<Language, string>> = { fr: 'Français', en: 'English', es: 'Español' };

export interface UiLanguageOption {
  value: UiLanguage;
  /** The language name to show; for 'system', the language the system setting resolves to. */
  name: string;
  /** lang attribute of the option (its own language), absent for 'system'. */
  lang?: Language;
}

/** The UI language choices: Automatic (naming what the system gives), then each language in its own name. Pure. */
export function uiLanguageOptions(systemLocale: string): UiLanguageOption[] {
  const system = resolveUiLanguage('system', systemLocale);
  return [
    { value: 'system', name: NATIVE_LANGUAGE_NAMES[system] },
    ...(['fr', 'en', 'es'] as const).map((l) => ({ value: l, name: NATIVE_LANGUAGE_NAMES[l], lang: l })),
  ];
}

/** A platform id from Node (`win32`, `darwin`, `linux`) as people call it. Pure. */
export function platformName(platform: string): string {
  const names: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux', freebsd: 'FreeBSD' };
  return names[platform] ?? platform;
}
