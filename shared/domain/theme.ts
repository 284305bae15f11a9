import { z } from 'zod';
import { ThemeId, type Language } from './ids';

const Label = z.string().trim().min(1).max(120);

export const ThemeLabels = z.object({ fr: Label, en: Label, es: Label });
export type ThemeLabels = z.infer<typeof ThemeLabels>;

export const ThemeKeywords = z.object({
  fr: z.array(z.string().min(1).max(80)).max(200),
  en: z.array(z.string().min(1).max(80)).max(200),
  es: z.array(z.string().min(1).max(80)).max(200),
});
export type ThemeKeywords = z.infer<typeof ThemeKeywords>;

/** A node of the editable theme taxonomy. */
export const Theme = z.object({
  id: ThemeId,
  labels: ThemeLabels,
  scope: z.string().max(1000).nullable(),
  keywords: ThemeKeywords,
  parent: ThemeId.nullable(),
  /** Number of live (not trashed) releases tagged with it. */
  releaseCount: z.number().int().min(0),
});
export type Theme = z.infer<typeof Theme>;

/** A theme as assigned to a release. */
export const ReleaseTheme = z.object({
  id: ThemeId,
  source: z.enum(['auto', 'manual']),
  score: z.number().min(0).max(1).nullable(),
});
export type ReleaseTheme = z.infer<typeof ReleaseTheme>;

export function themeLabel(theme: Pick<Theme, 'labels'>, lang: Language): string {
  return theme.labels[lang];
}

/** A kebab-case id for a new theme label (`Santé mentale` → `sante-mentale`). */
export function slugifyThemeId(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}
