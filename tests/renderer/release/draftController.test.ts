import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api';
import type { Release, ReleaseId, ReleasePatch } from '../../../shared/domain';
import { DraftController, type DraftPort, type SaveReason, type StashEntry } from '../../../renderer/features/editor/draftController';
import { makeRelease } from './fixtures';

interface SaveCall {
  baseRevision: number;
  patch: ReleasePatch;
  reason: SaveReason;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** A fake of the services: saves wait until the test settles them; the server bumps the revision. */
function fakeServer(initial: Release) {
  let current = initial;
  const calls: SaveCall[] = [];
  const port: DraftPort = {
    save: ({ baseRevision, patch, reason }) =>
      new Promise<Release>((resolve, reject) => {
        calls.push({
          baseRevision,
          patch,
          reason,
          resolve: () => {
            if (baseRevision !== current.revision) return reject(new ApiError('conflict', 'stale'));
            current = { ...current, ...patch, revision: current.revision + 1 };
            resolve(current);
          },
          reject,
        });
      }),
    get: async () => current,
  };
  return {
    port,
    calls,
    get current() {
      return current;
    },
    /** Someone else saved meanwhile. */
    bumpElsewhere(change: Partial<Release>) {
      current = { ...current, ...change, revision: current.revision + 1 };
    },
  };
}

function memoryStash() {
  const entries = new Map<ReleaseId, StashEntry>();
  return { entries, put: (id: ReleaseId, e: StashEntry) => void entries.set(id, e), clear: (id: ReleaseId) => void entries.delete(id) };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const title = (c: DraftController, t: string) => c.edit((d) => ({ meta: { ...d.meta, title: t } }));

describe('DraftController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes dirty → saving → saved, autosaving 1.5 s after the last change', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    expect(c.getSnapshot().state).toBe('saved');
    title(c, 'A');
    expect(c.getSnapshot().state).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1000);
    title(c, 'AB'); // restarts the delay
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(server.calls).toHaveLength(1);
    expect(c.getSnapshot().state).toBe('saving');
    expect(server.calls[0]).toMatchObject({ baseRevision: 1, reason: 'autosave', patch: { meta: { title: 'AB' } } });
    server.calls[0]!.resolve();
    await settle();
    expect(c.getSnapshot().state).toBe('saved');
    expect(c.getSnapshot().release.revision).toBe(2);
  });

  it('saves at once with reason save, and not at all when nothing changed', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    expect(await c.save()).toBe(true);
    expect(server.calls).toHaveLength(0);
    c.edit({ status: 'reviewed' });
    const done = c.save('save');
    expect(server.calls[0]).toMatchObject({ reason: 'save', patch: { status: 'reviewed' } });
    server.calls[0]!.resolve();
    expect(await done).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1); // the pending autosave was cancelled
  });

  it('ignores an edit that changes nothing', () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    const before = c.getSnapshot();
    c.edit((d) => ({ meta: { ...d.meta } }));
    expect(c.getSnapshot()).toBe(before);
  });

  it('never has two saves in flight; the next uses the returned revision', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    title(c, 'one');
    const first = c.save();
    title(c, 'two');
    const second = c.save();
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.calls).toHaveLength(1);
    server.calls[0]!.resolve();
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]).toMatchObject({ baseRevision: 2, reason: 'save', patch: { meta: { title: 'two' } } });
    expect(c.getSnapshot().state).toBe('saving');
    server.calls[1]!.resolve();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', release: { revision: 3 } });
  });

  it('keeps edits typed during a save dirty and autosaves them afterwards', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    title(c, 'one');
    void c.save();
    title(c, 'one more');
    server.calls[0]!.resolve();
    await settle();
    expect(c.getSnapshot().state).toBe('dirty');
    expect(c.getSnapshot().draft.meta.title).toBe('one more');
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.calls[1]).toMatchObject({ baseRevision: 2, reason: 'autosave' });
  });

  it('on a service error keeps the draft and retries on the next change', async () => {
    const server = fakeServer(makeRelease());
    const errors: unknown[] = [];
    const c = new DraftController(server.current, { port: server.port, onError: (e) => errors.push(e) });
    title(c, 'kept');
    void c.save();
    server.calls[0]!.reject(new ApiError('unavailable', 'down'));
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'error', draft: { meta: { title: 'kept' } } });
    expect(errors).toHaveLength(1);
    title(c, 'kept too');
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.calls[1]).toMatchObject({ baseRevision: 1, patch: { meta: { title: 'kept too' } } });
    server.calls[1]!.resolve();
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', error: null });
  });

  it('retries on demand after an error', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    title(c, 'x');
    void c.save();
    server.calls[0]!.reject(new ApiError('internal', 'boom'));
    await settle();
    const retried = c.save();
    server.calls[1]!.resolve();
    expect(await retried).toBe(true);
  });

  it('on a conflict stops saving, keeps typing, and "keep mine" saves on the latest revision', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    server.bumpElsewhere({ status: 'ready' });
    title(c, 'mine');
    void c.save();
    server.calls[0]!.resolve();
    await settle();
    expect(c.getSnapshot().state).toBe('conflict');
    title(c, 'mine still');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1);
    expect(await c.save()).toBe(false);
    const kept = c.keepMine();
    await settle();
    expect(server.calls[1]).toMatchObject({ baseRevision: 2, reason: 'save' });
    expect(server.calls[1]!.patch.meta?.title).toBe('mine still');
    expect(server.calls[1]!.patch.status).toBe('imported'); // my draft wins on every field
    server.calls[1]!.resolve();
    expect(await kept).toBe(true);
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', release: { revision: 3 } });
  });

  it('"reload latest" replaces the draft and remounts the editor', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    server.bumpElsewhere({ meta: { ...server.current.meta, title: 'theirs' } });
    title(c, 'mine');
    void c.save();
    server.calls[0]!.resolve();
    await settle();
    const generation = c.getSnapshot().generation;
    expect(await c.reloadLatest()).toBe(true);
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', draft: { meta: { title: 'theirs' } }, release: { revision: 2 } });
    expect(c.getSnapshot().generation).toBe(generation + 1);
  });

  it('flushes pending edits when disposed, and stashes them until saved', async () => {
    const server = fakeServer(makeRelease());
    const stash = memoryStash();
    const c = new DraftController(server.current, { port: server.port, stash });
    title(c, 'leaving');
    c.dispose();
    expect(stash.entries.get(server.current.id)?.draft.meta.title).toBe('leaving');
    expect(server.calls).toHaveLength(1);
    server.calls[0]!.resolve();
    await settle();
    expect(stash.entries.size).toBe(0);
    expect(server.current.meta.title).toBe('leaving');
  });

  it('keeps the stash when a save fails', async () => {
    const server = fakeServer(makeRelease());
    const stash = memoryStash();
    const c = new DraftController(server.current, { port: server.port, stash });
    title(c, 'precious');
    void c.save();
    server.calls[0]!.reject(new ApiError('unavailable', 'down'));
    await settle();
    expect(stash.entries.get(server.current.id)?.draft.meta.title).toBe('precious');
  });

  it('recovers stashed edits: autosaves them on the same revision, asks on a newer one', async () => {
    const release = makeRelease();
    const server = fakeServer(release);
    const draft = { ...release, meta: { ...release.meta, title: 'from last session' } };
    const same = new DraftController(release, { port: server.port, recovered: { baseRevision: 1, draft } });
    expect(same.getSnapshot()).toMatchObject({ state: 'dirty', recovered: true, draft: { meta: { title: 'from last session' } } });
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.calls).toHaveLength(1);

    const newer = new DraftController({ ...release, revision: 4 }, { port: server.port, recovered: { baseRevision: 1, draft } });
    expect(newer.getSnapshot()).toMatchObject({ state: 'conflict', recovered: true });
  });

  it('drops a stash that matches the saved release', () => {
    const release = makeRelease();
    const stash = memoryStash();
    stash.put(release.id, { baseRevision: 1, draft: release });
    const c = new DraftController(release, { port: fakeServer(release).port, stash, recovered: { baseRevision: 1, draft: release } });
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', recovered: false });
    expect(stash.entries.size).toBe(0);
  });

  it('adopts a newer saved version when clean (refresh), and a restored one (replace)', async () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    server.bumpElsewhere({ status: 'exported' });
    await c.refresh();
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', draft: { status: 'exported' }, release: { revision: 2 }, generation: 0 });
    c.replace({ ...server.current, revision: 3, meta: { ...server.current.meta, title: 'restored' } });
    expect(c.getSnapshot()).toMatchObject({ state: 'saved', generation: 1, draft: { meta: { title: 'restored' } } });
  });

  it('notifies subscribers only when the snapshot changes', () => {
    const server = fakeServer(makeRelease());
    const c = new DraftController(server.current, { port: server.port });
    const listener = vi.fn();
    const off = c.subscribe(listener);
    title(c, 'Titre');
    expect(listener).not.toHaveBeenCalled();
    title(c, 'T');
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    title(c, 'U');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
