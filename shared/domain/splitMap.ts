import { z } from 'zod';

/**
 * Where a raw line of an import went. `dateline` covers the dateline and the release's own date
 * line or site stamp; `dropped` is boilerplate and residue, kept in the map so it can be restored.
 */
export const Destination = z.enum(['title', 'subtitle', 'dateline', 'body', 'contact', 'dropped']);
export type Destination = z.infer<typeof Destination>;
export const DESTINATIONS: readonly Destination[] = Destination.options;

/** One raw line (or part of one, when a glued heading was cut off) and where it went. */
export const MapSegment = z.object({
  line: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  dest: Destination,
  /** The rule that decided (`bp-share-bar`, `split-title-first-line`, `user`), null when none. */
  rule: z.string().max(80).nullable(),
  /** Set when the line's destination was forced by the user. */
  forced: z.boolean().default(false),
});
export type MapSegment = z.infer<typeof MapSegment>;

export const SplitField = z.enum(['title', 'subtitle', 'dateline', 'date', 'body', 'quotes', 'contacts', 'language']);
export type SplitField = z.infer<typeof SplitField>;

/** Something the review screen should point out (stable codes; the UI words them). */
export const SplitFlag = z.object({
  field: SplitField,
  code: z.enum([
    'no-title',
    'title-uncertain',
    'two-datelines',
    'no-date',
    'date-uncertain',
    'no-contact-intro',
    'contact-like-in-body',
    'doubtful-join',
    'language-uncertain',
    'quote-speaker-unknown',
  ]),
  /** The raw line concerned, when there is one. */
  line: z.number().int().min(0).nullable(),
  /** Short evidence for the UI (`porte-/parole`, the two dates…). */
  detail: z.string().max(300).nullable(),
});
export type SplitFlag = z.infer<typeof SplitFlag>;

/**
 * Which raw line went where, with a confidence per field: what the review screen draws as colour
 * bands, and what a re-run compares against. Every non-blank raw line has at least one segment.
 */
export const SplitMap = z.object({
  version: z.literal(1),
  /** The pipeline that made it (`import-2`); a newer pipeline offers a re-run. */
  pipeline: z.string().max(40),
  segments: z.array(MapSegment),
  confidence: z.partialRecord(SplitField, z.number().min(0).max(1)),
  flags: z.array(SplitFlag),
});
export type SplitMap = z.infer<typeof SplitMap>;

/** A line the user forced somewhere in review, by raw line index. */
export const LineOverrides = z.record(z.string().regex(/^\d+$/), Destination);
export type LineOverrides = z.infer<typeof LineOverrides>;
