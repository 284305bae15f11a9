import { z } from 'zod';
import { Contact } from './contact';
import { Doc } from './doc';
import { IsoDate, Language, ReleaseId, SourceId, ThemeId, Timestamp } from './ids';
import { ReleaseTheme } from './theme';

/** Workflow status; trash is orthogonal (`trashedAt`) so a restore brings back the status. */
export const ReleaseStatus = z.enum(['imported', 'reviewed', 'ready', 'exported', 'archived']);
export type ReleaseStatus = z.infer<typeof ReleaseStatus>;
export const RELEASE_STATUSES: readonly ReleaseStatus[] = ReleaseStatus.options;

const Text = (max: number) => z.string().max(max);

export const ReleaseMeta = z.object({
  title: Text(1000),
  subtitle: Text(2000),
  /** Dateline place as written (`Genève`, `NAIROBI, Kenya`); empty when none. */
  dateline: Text(300),
  date: IsoDate.nullable(),
});
export type ReleaseMeta = z.infer<typeof ReleaseMeta>;

export const Quote = z.object({ text: Text(10_000), speaker: Text(300).nullable() });
export type Quote = z.infer<typeof Quote>;

export const Release = z.object({
  id: ReleaseId,
  sourceId: SourceId.nullable(),
  status: ReleaseStatus,
  language: Language,
  meta: ReleaseMeta,
  contacts: z.array(Contact).max(50),
  quotes: z.array(Quote).max(500),
  body: Doc,
  themes: z.array(ReleaseTheme).max(100),
  /** Incremented by every save; saves must name the revision they were based on. */
  revision: z.number().int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  trashedAt: Timestamp.nullable(),
});
export type Release = z.infer<typeof Release>;

/** What the library list shows of a release. */
export const ReleaseSummary = z.object({
  id: ReleaseId,
  title: z.string(),
  dateline: z.string(),
  date: IsoDate.nullable(),
  status: ReleaseStatus,
  language: Language,
  themes: z.array(ThemeId),
  updatedAt: Timestamp,
  trashedAt: Timestamp.nullable(),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummary>;

/** Everything a new release is made of, before the services give it an id and timestamps. */
export const ReleaseDraft = Release.pick({
  status: true,
  language: true,
  meta: true,
  contacts: true,
  quotes: true,
  body: true,
  themes: true,
});
export type ReleaseDraft = z.infer<typeof ReleaseDraft>;

/** The fields a save may change: any of the draft's, nothing else. */
export const ReleasePatch = z.strictObject(ReleaseDraft.shape).partial();
export type ReleasePatch = z.infer<typeof ReleasePatch>;
