import { describe, expect, it } from 'vitest';
import type { Release, ReleaseId } from '../../shared/domain';
import { draft, memoryLibrary } from '../helpers/db';

const WINDOW = 5 * 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 10) + ms).toISOString();
const ID = 'rel-1' as ReleaseId;

/** A library with one release and a helper that saves a new title `ms` after the start. */
function setup() {
  const { repos } = memoryLibrary();
  let current = repos.releases.insert(ID, null, draft({ title: 'v1', paragraphs: ['un deux trois'] }), at(0));
  repos.revisions.add(current, 'import');
  const save = (title: string, ms: number): Release => {
    const r = repos.releases.update(ID, current.revision, draft({ title, paragraphs: ['un deux trois quatre'] }), at(ms));
    if (!r.ok) throw new Error(r.reason);
    current = r.release;
    return current;
  };
  const summary = () => repos.revisions.list(ID).map((r) => [r.revision, r.reason, r.title] as const);
  return { repos, save, summary };
}

describe('revision repository', () => {
  it('records full snapshots with their summary, newest first', () => {
    const { repos, save } = setup();
    repos.revisions.add(save('v2', 1000), 'save');
    expect(repos.revisions.list(ID)).toEqual([
      { releaseId: ID, revision: 2, reason: 'save', restoredFrom: null, createdAt: at(1000), title: 'v2', words: 4 },
      { releaseId: ID, revision: 1, reason: 'import', restoredFrom: null, createdAt: at(0), title: 'v1', words: 3 },
    ]);
    expect(repos.revisions.get(ID, 1)).toEqual(expect.objectContaining({ revision: 1, meta: expect.objectContaining({ title: 'v1' }) }));
    expect(repos.revisions.get(ID, 2)).toEqual(repos.releases.byId(ID));
    expect(repos.revisions.get(ID, 3)).toBeNull();
  });

  it('coalesces autosaves within the window into one moving snapshot', () => {
    const { repos, save, summary } = setup();
    repos.revisions.addAutosave(save('a', 1000), WINDOW);
    repos.revisions.addAutosave(save('b', 60_000), WINDOW);
    repos.revisions.addAutosave(save('c', 1000 + WINDOW - 1), WINDOW);
    expect(summary()).toEqual([
      [4, 'autosave', 'c'],
      [1, 'import', 'v1'],
    ]);
    expect(repos.revisions.get(ID, 4)!.meta.title).toBe('c');
    // Revisions 2 and 3 were folded into 4.
    expect(repos.revisions.get(ID, 2)).toBeNull();
  });

  it('keeps one snapshot per window in a long session, however close the autosaves', () => {
    const { repos, save, summary } = setup();
    // An hour of autosaves one minute apart: twelve windows of five minutes.
    for (let minute = 1; minute <= 60; minute++) repos.revisions.addAutosave(save(`m${minute}`, minute * 60_000), WINDOW);
    const autosaves = summary().filter(([, reason]) => reason === 'autosave');
    expect(autosaves).toHaveLength(12);
    expect(autosaves[0]).toEqual([61, 'autosave', 'm60']);
    expect(autosaves.at(-1)).toEqual([6, 'autosave', 'm5']);
  });

  it('starts a new snapshot once the window has passed since the last autosave', () => {
    const { repos, save, summary } = setup();
    repos.revisions.addAutosave(save('a', 1000), WINDOW);
    repos.revisions.addAutosave(save('b', 1000 + WINDOW), WINDOW);
    expect(summary()).toEqual([
      [3, 'autosave', 'b'],
      [2, 'autosave', 'a'],
      [1, 'import', 'v1'],
    ]);
  });

  it('never folds an autosave into an explicit save', () => {
    const { repos, save, summary } = setup();
    repos.revisions.add(save('saved', 1000), 'save');
    repos.revisions.addAutosave(save('auto', 2000), WINDOW);
    expect(summary()).toEqual([
      [3, 'autosave', 'auto'],
      [2, 'save', 'saved'],
      [1, 'import', 'v1'],
    ]);
  });

  it('a pinned autosave is kept when later autosaves come', () => {
    const { repos, save, summary } = setup();
    repos.revisions.addAutosave(save('a', 1000), WINDOW);
    repos.revisions.pin(ID, 2);
    repos.revisions.addAutosave(save('b', 2000), WINDOW);
    expect(summary()).toEqual([
      [3, 'autosave', 'b'],
      [2, 'save', 'a'],
      [1, 'import', 'v1'],
    ]);
    // Pinning a revision that is not an autosave changes nothing.
    repos.revisions.pin(ID, 1);
    expect(summary()[2]).toEqual([1, 'import', 'v1']);
  });

  it('records what a restore brought back', () => {
    const { repos, save } = setup();
    repos.revisions.add(save('restored', 1000), 'restore', 1);
    expect(repos.revisions.list(ID)[0]).toMatchObject({ revision: 2, reason: 'restore', restoredFrom: 1 });
  });
});
