import { ApiError, type Handlers } from '../../shared/api';
import type { ReleaseDraft } from '../../shared/domain';
import type { ServiceContext } from './context';
import { requireRelease } from './releases';

/** Revision history: list, read a snapshot, restore (as a new revision; nothing overwritten). */
export function revisionHandlers(ctx: ServiceContext): Pick<Handlers, 'revisions.list' | 'revisions.get' | 'revisions.restore'> {
  const repos = () => ctx.library.repos();
  return {
    'revisions.list': ({ releaseId }) => {
      requireRelease(repos(), releaseId);
      return repos().revisions.list(releaseId);
    },
    'revisions.get': ({ releaseId, revision }) => {
      const snapshot = repos().revisions.get(releaseId, revision);
      if (!snapshot) throw new ApiError('not_found', `No revision ${revision} of ${releaseId}`);
      return snapshot;
    },
    'revisions.restore': ({ releaseId, revision, baseRevision }) => {
      const r = repos();
      const restored = r.transaction(() => {
        const current = requireRelease(r, releaseId);
        const snapshot = r.revisions.get(releaseId, revision);
        if (!snapshot) throw new ApiError('not_found', `No revision ${revision} of ${releaseId}`);
        // The workflow status is not content: a restore brings back the text, not the status.
        // Themes deleted from the taxonomy since then are left out.
        const known = new Set(r.themes.list().map((t) => t.id));
        const next: ReleaseDraft = {
          status: current.status,
          language: snapshot.language,
          meta: snapshot.meta,
          contacts: snapshot.contacts,
          quotes: snapshot.quotes,
          body: snapshot.body,
          themes: snapshot.themes.filter((t) => known.has(t.id)),
        };
        const result = r.releases.update(releaseId, baseRevision, next, ctx.now());
        if (!result.ok) {
          throw new ApiError(result.reason, `Release ${releaseId} is at revision ${current.revision}, not ${baseRevision}`);
        }
        r.revisions.add(result.release, 'restore', revision);
        return result.release;
      });
      ctx.afterSave();
      return restored;
    },
  };
}
