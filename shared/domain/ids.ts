import { z } from 'zod';

/** Release ids are opaque strings made by the services (UUID v4 in production, sequential in tests). */
export const ReleaseId = z.string().min(1).max(64).brand<'ReleaseId'>();
export type ReleaseId = z.infer<typeof ReleaseId>;

export const SourceId = z.string().min(1).max(64).brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceId>;

/** Theme ids are stable kebab-case slugs (`return-reintegration`), also for user-made themes. */
export const ThemeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id')
  .max(64)
  .brand<'ThemeId'>();
export type ThemeId = z.infer<typeof ThemeId>;

/** ISO 8601 timestamp (UTC) as produced by `new Date().toISOString()`. */
export const Timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
export type Timestamp = z.infer<typeof Timestamp>;

/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const Language = z.enum(['fr', 'en', 'es']);
export type Language = z.infer<typeof Language>;
export const LANGUAGES: readonly Language[] = Language.options;
