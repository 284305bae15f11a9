import { z } from 'zod';
import { Contact } from './contact';
import { IsoDate, Language, ReleaseId } from './ids';
import { Quote, ReleaseStatus } from './release';
import { LineOverrides, SplitMap } from './splitMap';

/** The fields a split produces, as the review screen shows and edits them. */
export const SplitFields = z.object({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  dateline: z.string().nullable(),
  date: IsoDate.nullable(),
  language: Language,
  paragraphs: z.array(z.string()),
  quotes: z.array(Quote),
  contacts: z.array(Contact),
  dropped: z.array(z.string()),
});
export type SplitFields = z.infer<typeof SplitFields>;

/** What a user has decided about a line's text for every later import. */
export const LineRule = z.enum(['always-drop', 'never-drop']);
export type LineRule = z.infer<typeof LineRule>;

/** Everything the review screen needs for one release. */
export const ReviewData = z.object({
  releaseId: ReleaseId,
  /** The release's revision (for the confirm's optimistic save). */
  revision: z.number().int().min(1),
  status: ReleaseStatus,
  /** True when the release was saved after its import: confirming replaces its body. */
  editedSinceImport: z.boolean(),
  sourceName: z.string(),
  /** The decoded source, one entry per raw line (the split map's line numbers index it). */
  lines: z.array(z.string()),
  map: SplitMap,
  overrides: LineOverrides,
  split: SplitFields,
  /** Rules the user set on the text of some lines, by raw line index. */
  lineRules: z.record(z.string().regex(/^\d+$/), LineRule),
  /** False when the stored split was made by an older pipeline (a re-run may improve it). */
  pipelineCurrent: z.boolean(),
});
export type ReviewData = z.infer<typeof ReviewData>;

/** A field that a re-run of the split would change. */
export const SplitChange = z.object({
  field: z.enum(['title', 'subtitle', 'dateline', 'date', 'language', 'paragraphs', 'quotes', 'contacts']),
  before: z.string(),
  after: z.string(),
});
export type SplitChange = z.infer<typeof SplitChange>;
