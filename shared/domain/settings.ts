import { z } from 'zod';
import { Language } from './ids';
import { DEFAULT_TYPOGRAPHY_SETTINGS, TypographySettings } from './typography';

export const UiLanguage = z.enum(['system', 'fr', 'en', 'es']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const ColorScheme = z.enum(['system', 'light', 'dark']);
export type ColorScheme = z.infer<typeof ColorScheme>;

/** The view the app reopens on. */
export const View = z.discriminatedUnion('name', [
  z.object({ name: z.literal('library') }),
  z.object({ name: z.literal('release'), id: z.string().min(1).max(64) }),
  /** Reviewing the split of `id`; `queue` holds the releases still to review after it (a batch import). */
  z.object({ name: z.literal('review'), id: z.string().min(1).max(64), queue: z.array(z.string().min(1).max(64)).max(500).default([]) }),
  z.object({ name: z.literal('themes') }),
  z.object({ name: z.literal('settings') }),
]);
export type View = z.infer<typeof View>;

export const Settings = z.object({
  uiLanguage: UiLanguage,
  colorScheme: ColorScheme,
  lastView: View,
  /** Language given to pasted text and to imports whose language is unknown. */
  defaultReleaseLanguage: Language,
  typography: TypographySettings,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'system',
  colorScheme: 'system',
  lastView: { name: 'library' },
  defaultReleaseLanguage: 'fr',
  typography: DEFAULT_TYPOGRAPHY_SETTINGS,
};

/** Resolve `system` against the system locale (`fr-CH` → `fr`); English when unknown. */
export function resolveUiLanguage(setting: UiLanguage, systemLocale: string): Language {
  if (setting !== 'system') return setting;
  const base = systemLocale.toLowerCase().slice(0, 2);
  return base === 'fr' || base === 'es' ? base : 'en';
}
