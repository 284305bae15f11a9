import { ApiError } from '../../../shared/api';
import type { Release } from '../../../shared/domain';
import type { DraftOptions, DraftSnapshot, SaveReason, SaveState } from './draftTypes';
import { buildPatch, draftOf, isEmptyPatch, sameValue, type DraftFields } from './patch';

export type { DraftOptions, DraftPort, DraftSnapshot, DraftStash, SaveReason, SaveState, StashEntry } from './draftTypes';

export const AUTOSAVE_DELAY_MS = 1500;

const isConflict = (e: unknown) => e instanceof ApiError && e.code === 'conflict';

/**
 * The draft of one open release and its saving, without React. Promises: saves never overlap
 * (a save asked for while one is in flight runs right after it, on the returned revision);
 * an autosave runs `delayMs` after the last change; no edit is ever dropped by an error — on a
 * conflict it waits for `keepMine` or `reloadLatest`, on any other error it retries on the next
 * change or `save()`.
 */
export class DraftController {
  private base: Release;
  private draft: DraftFields;
  private version = 0;
  private savedVersion = 0;
  private chain: Promise<boolean> | null = null;
  private queued: SaveReason | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private conflict = false;
  private error: unknown = null;
  private generation = 0;
  private recovered = false;
  private disposed = false;
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly delayMs: number;

  constructor(
    release: Release,
    private readonly options: DraftOptions,
  ) {
    this.base = release;
    this.draft = draftOf(release);
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    const stashed = options.recovered;
    if (stashed && !isEmptyPatch(buildPatch(this.draft, stashed.draft))) {
      this.draft = stashed.draft;
      this.version = 1;
      this.recovered = true;
      // Edits made on an older revision must not silently overwrite what was saved since.
      if (stashed.baseRevision !== release.revision) this.conflict = true;
      else this.schedule();
    } else if (stashed) {
      options.stash?.clear(release.id);
    }
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  /** True while something typed is not yet confirmed by the services. */
  get pending(): boolean {
    return this.dirty || this.chain !== null;
  }

  /** Applies a change to the draft; a change that changes nothing is ignored. */
  edit(change: Partial<DraftFields> | ((draft: DraftFields) => Partial<DraftFields>)): void {
    const fields = typeof change === 'function' ? change(this.draft) : change;
    const next = { ...this.draft, ...fields };
    if (sameValue(next, this.draft)) return;
    this.draft = next;
    this.version++;
    this.schedule();
    this.emit();
  }

  /** Saves now (or right after the save in flight). Resolves true when the draft is clean. */
  save(reason: SaveReason = 'save'): Promise<boolean> {
    this.cancelTimer();
    if (this.conflict) return Promise.resolve(false);
    if (this.chain) {
      this.queued = this.queued === 'save' ? 'save' : reason;
      return this.chain;
    }
    if (!this.dirty) return Promise.resolve(true);
    this.chain = this.run(reason).finally(() => {
      this.chain = null;
      this.emit();
    });
    this.emit();
    return this.chain;
  }

  /** Saves whatever is pending; resolves true when everything is saved. */
  flush(reason: SaveReason = 'autosave'): Promise<boolean> {
    if (!this.dirty && !this.chain) return Promise.resolve(true);
    return this.save(reason);
  }

  /** After a conflict: saves the local draft on top of the latest revision. */
  async keepMine(): Promise<boolean> {
    const latest = await this.fetchLatest();
    if (!latest) return false;
    this.base = latest;
    this.conflict = false;
    this.error = null;
    this.recovered = false;
    // The draft is what the user chose to keep: save whatever of it differs from the latest.
    this.version++;
    return this.save('save');
  }

  /** Drops the local draft for the latest saved version (the caller asks for confirmation). */
  async reloadLatest(): Promise<boolean> {
    const latest = await this.fetchLatest();
    if (!latest) return false;
    this.replace(latest);
    return true;
  }

  /** Adopts a release made elsewhere in this window (a restore): the draft becomes it. */
  replace(release: Release): void {
    this.cancelTimer();
    this.base = release;
    this.draft = draftOf(release);
    this.version++;
    this.savedVersion = this.version;
    this.conflict = false;
    this.error = null;
    this.recovered = false;
    this.generation++;
    this.options.stash?.clear(release.id);
    this.emit();
  }

  /** Picks up a newer saved version (e.g. a status set by an export) when nothing is pending. */
  async refresh(): Promise<void> {
    if (this.dirty || this.chain || this.conflict) return;
    const latest = await this.options.port.get(this.base.id).catch(() => null);
    if (!latest || latest.revision === this.base.revision || this.dirty || this.chain || this.conflict) return;
    const bodyChanged = !sameValue(latest.body, this.draft.body);
    this.base = latest;
    this.draft = draftOf(latest);
    this.version++;
    this.savedVersion = this.version;
    if (bodyChanged) this.generation++;
    this.emit();
  }

  /** Keeps unsaved edits in the stash now (window closing). */
  stashNow(): void {
    if (this.dirty) this.options.stash?.put(this.base.id, { baseRevision: this.base.revision, draft: this.draft });
  }

  /** The view is (again) on screen: autosave may run. */
  activate(): void {
    this.disposed = false;
  }

  /** The view is going away: stop the timer and save what is pending. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    if (this.dirty) {
      this.stashNow();
      if (!this.conflict) void this.save('autosave');
    }
  }

  private async run(first: SaveReason): Promise<boolean> {
    let reason = first;
    for (;;) {
      const sentVersion = this.version;
      const patch = buildPatch(draftOf(this.base), this.draft);
      if (!isEmptyPatch(patch)) {
        this.options.stash?.put(this.base.id, { baseRevision: this.base.revision, draft: this.draft });
        try {
          this.base = await this.options.port.save({ id: this.base.id, baseRevision: this.base.revision, patch, reason });
        } catch (error) {
          this.queued = null;
          if (isConflict(error)) this.conflict = true;
          else this.error = error;
          this.options.onError?.(error);
          return false;
        }
      }
      this.savedVersion = sentVersion;
      this.error = null;
      this.recovered = false;
      if (!this.dirty) this.options.stash?.clear(this.base.id);
      const next = this.queued;
      this.queued = null;
      if (next && this.dirty) {
        reason = next;
        continue;
      }
      return !this.dirty;
    }
  }

  private async fetchLatest(): Promise<Release | null> {
    try {
      return await this.options.port.get(this.base.id);
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }

  private schedule(): void {
    this.cancelTimer();
    if (this.conflict || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save('autosave');
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private state(): SaveState {
    if (this.conflict) return 'conflict';
    if (this.chain) return 'saving';
    if (!this.dirty) return 'saved';
    return this.error ? 'error' : 'dirty';
  }

  private makeSnapshot(): DraftSnapshot {
    return {
      release: this.base,
      draft: this.draft,
      state: this.state(),
      error: this.error,
      generation: this.generation,
      recovered: this.recovered,
    };
  }

  private emit(): void {
    const next = this.makeSnapshot();
    const prev = this.snapshot;
    if (
      prev.release === next.release &&
      prev.draft === next.draft &&
      prev.state === next.state &&
      prev.error === next.error &&
      prev.generation === next.generation &&
      prev.recovered === next.recovered
    ) {
      return;
    }
    this.snapshot = next;
    for (const l of [...this.listeners]) l();
  }
}
