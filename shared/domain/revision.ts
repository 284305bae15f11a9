import { z } from 'zod';
import { ReleaseId, Timestamp } from './ids';

/** Why a snapshot was taken. */
export const RevisionReason = z.enum(['import', 'save', 'autosave', 'restore', 'review', 'typography']);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const RevisionSummary = z.object({
  releaseId: ReleaseId,
  revision: z.number().int().min(1),
  reason: RevisionReason,
  /** For a restore, the revision it brought back. */
  restoredFrom: z.number().int().min(1).nullable(),
  createdAt: Timestamp,
  title: z.string(),
  words: z.number().int().min(0),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;
