import type { Release, ReleaseId, ReleasePatch } from '../../../shared/domain';
import type { DraftFields } from './patch';

/** What the indicator shows. `conflict` means the release was saved elsewhere meanwhile. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';
export type SaveReason = 'save' | 'autosave';

export interface DraftSnapshot {
  /** The last version the services confirmed (the base of the next save). */
  readonly release: Release;
  /** What the user sees and edits. */
  readonly draft: DraftFields;
  readonly state: SaveState;
  /** The error of the last failed save, kept until the next attempt. */
  readonly error: unknown;
  /** Bumped when the draft is replaced from outside (reload, restore): remount the editor. */
  readonly generation: number;
  /** True when the draft came from the stash of an earlier session. */
  readonly recovered: boolean;
}

/** The services the controller needs; tests pass a fake. */
export interface DraftPort {
  save(input: { id: ReleaseId; baseRevision: number; patch: ReleasePatch; reason: SaveReason }): Promise<Release>;
  get(id: ReleaseId): Promise<Release>;
}

/** Local copy of unsaved edits, so a crash, a closed window or a failed save loses nothing. */
export interface DraftStash {
  put(id: ReleaseId, entry: StashEntry): void;
  clear(id: ReleaseId): void;
}
export interface StashEntry {
  baseRevision: number;
  draft: DraftFields;
}

export interface DraftOptions {
  port: DraftPort;
  stash?: DraftStash;
  /** Quiet time after the last change before an autosave. */
  delayMs?: number;
  /** Told about every failed save or reload (the view words it for the user). */
  onError?: (error: unknown) => void;
  /** Unsaved edits found in the stash when the view opened. */
  recovered?: StashEntry | null;
}
