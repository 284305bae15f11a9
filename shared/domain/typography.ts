import { z } from 'zod';
import { ReleaseId } from './ids';

const RuleId = z.string().regex(/^[a-z][a-z0-9-]{1,80}$/);

/** The user's typography preferences (settings screen). */
export const TypographySettings = z.object({
  /** Profile per release language (ids of shared/pipeline/typography/profiles.ts). */
  profiles: z.object({ fr: z.string().max(40), en: z.string().max(40), es: z.string().max(40) }),
  /** U+00A0 wherever the profile asks for U+202F (for fonts without the narrow no-break space). */
  wideNbsp: z.boolean(),
  /** Rule ids switched off. */
  disabledRules: z.array(RuleId).max(500),
  /** Words never hyphenated at export (the office's exception list), or given with their breaks (`Ban-gui`). */
  hyphenationExceptions: z.array(z.string().min(1).max(80)).max(5000),
});
export type TypographySettings = z.infer<typeof TypographySettings>;

export const DEFAULT_TYPOGRAPHY_SETTINGS: TypographySettings = {
  profiles: { fr: 'fr-FR', en: 'en-chicago', es: 'es-RAE' },
  wideNbsp: false,
  disabledRules: [],
  hyphenationExceptions: [],
};

/** Suggestion counts per rule id. */
export const RuleCounts = z.record(RuleId, z.number().int().min(0));
export type RuleCounts = z.infer<typeof RuleCounts>;

/** What applying safe typography would do to each selected release (the library's preview). */
export const TypographyPreview = z.object({
  releases: z.array(z.object({ id: ReleaseId, title: z.string(), counts: RuleCounts })),
  totals: RuleCounts,
});
export type TypographyPreview = z.infer<typeof TypographyPreview>;

export const TypographyApplied = z.object({
  releases: z.array(z.object({ id: ReleaseId, applied: z.number().int().min(0), revision: z.number().int().min(1) })),
});
export type TypographyApplied = z.infer<typeof TypographyApplied>;

export const IgnoreKey = z.string().min(1).max(400);
