import { z } from 'zod';
import { SourceId, Timestamp } from './ids';

/** The original bytes of an import, kept forever and never modified. */
export const SourceInfo = z.object({
  id: SourceId,
  fileName: z.string(),
  mediaType: z.string(),
  encoding: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: Timestamp,
});
export type SourceInfo = z.infer<typeof SourceInfo>;

/** A source with its text as decoded at import, for "view original". */
export const SourceView = SourceInfo.extend({ text: z.string() });
export type SourceView = z.infer<typeof SourceView>;

/** Why a file was not imported; the UI words each reason. */
export const ImportFailure = z.enum(['empty', 'binary', 'too_large', 'unreadable', 'unsupported_format', 'internal']);
export type ImportFailure = z.infer<typeof ImportFailure>;
