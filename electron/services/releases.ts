import fs from 'node:fs';
import { ApiError, type Handlers } from '../../shared/api';
import type { Release, ReleaseDraft, ReleaseId, ReleasePatch, ReleaseTheme } from '../../shared/domain';
import { decodeDocument } from '../../shared/pipeline';
import { exportRelease } from '../../shared/pipeline/export';
import type { Repositories } from '../../db';
import type { ServiceContext } from './context';

/** Autosaves closer together than this share one revision. */
export const AUTOSAVE_COALESCE_MS = 5 * 60 * 1000;

export function requireRelease(repos: Repositories, id: ReleaseId): Release {
  const release = repos.releases.byId(id);
  if (!release) throw new ApiError('not_found', `No release ${id}`, { id });
  return release;
}

export function draftOf(r: Release): ReleaseDraft {
  return { status: r.status, language: r.language, meta: r.meta, contacts: r.contacts, quotes: r.quotes, body: r.body, themes: r.themes };
}

/** Refuses theme ids that are not in the taxonomy (a stale client must not write dangling ids). */
export function checkThemes(repos: Repositories, themes: readonly ReleaseTheme[]): void {
  const known = new Set(repos.themes.list().map((t) => t.id));
  const unknown = themes.filter((t) => !known.has(t.id)).map((t) => t.id);
  if (unknown.length > 0) throw new ApiError('invalid_input', `Unknown themes: ${unknown.join(', ')}`);
  if (new Set(themes.map((t) => t.id)).size !== themes.length) throw new ApiError('invalid_input', 'A theme is listed twice');
}

function sameContent(a: ReleaseDraft, b: ReleaseDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Saves a patch on top of `baseRevision`: `conflict` if the release moved on meanwhile, a new
 * revision otherwise (autosaves coalesced). A save that changes nothing returns the release as is
 * (an explicit save then pins the last autosave as a save).
 */
export function saveRelease(ctx: ServiceContext, id: ReleaseId, baseRevision: number, patch: ReleasePatch, reason: 'save' | 'autosave'): Release {
  const repos = ctx.library.repos();
  const saved = repos.transaction(() => {
    const current = requireRelease(repos, id);
    if (current.revision !== baseRevision) {
      throw new ApiError('conflict', `Release ${id} is at revision ${current.revision}, not ${baseRevision}`, { current: String(current.revision) });
    }
    const next: ReleaseDraft = { ...draftOf(current), ...patch };
    if (patch.themes) checkThemes(repos, patch.themes);
    if (sameContent(next, draftOf(current))) {
      if (reason === 'save') repos.revisions.pin(id, current.revision);
      return null;
    }
    const result = repos.releases.update(id, baseRevision, next, ctx.now());
    if (!result.ok) throw new ApiError(result.reason, `Release ${id} could not be saved (${result.reason})`);
    if (reason === 'autosave') repos.revisions.addAutosave(result.release, AUTOSAVE_COALESCE_MS);
    else repos.revisions.add(result.release, 'save');
    return result.release;
  });
  if (!saved) return requireRelease(repos, id);
  ctx.afterSave();
  return saved;
}

/** The library list, one release, saves, trash, original source and export. */
export function releaseHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'releases.list' | 'releases.get' | 'releases.save' | 'releases.trash' | 'releases.restore' | 'releases.source' | 'releases.export'> {
  const repos = () => ctx.library.repos();
  return {
    'releases.list': (query) => ({ ...repos().releases.list(query), offset: query.offset }),
    'releases.get': ({ id }) => requireRelease(repos(), id),
    'releases.save': ({ id, baseRevision, patch, reason }) => saveRelease(ctx, id, baseRevision, patch, reason),
    'releases.trash': ({ ids }) => ({ count: repos().transaction(() => repos().releases.setTrashed(ids, ctx.now())) }),
    'releases.restore': ({ ids }) => ({ count: repos().transaction(() => repos().releases.setTrashed(ids, null)) }),
    'releases.source': async ({ id }) => {
      const release = requireRelease(repos(), id);
      const info = release.sourceId ? repos().sources.byId(release.sourceId) : null;
      const bytes = release.sourceId ? repos().sources.bytes(release.sourceId) : null;
      if (!info || !bytes) throw new ApiError('not_found', `Release ${id} has no source`);
      // The same document the import split (and review shows), line for line.
      const decoded = await decodeDocument({ name: info.fileName, bytes, mediaType: info.mediaType });
      return { ...info, text: decoded.ok ? decoded.doc.text : '' };
    },
    'releases.export': async ({ id, format, destination }) => {
      const file = exportRelease(requireRelease(repos(), id), format);
      if (destination === 'return') return { ...file, savedPath: null, cancelled: false };
      const target = await ctx.host.pickSavePath(file.fileName, format === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'Text', extensions: ['txt'] });
      if (!target) return { ...file, savedPath: null, cancelled: true };
      try {
        await fs.promises.writeFile(target, file.content, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ApiError(code === 'EACCES' || code === 'EPERM' ? 'forbidden' : 'internal', `Could not write ${target}: ${(error as Error).message}`, { path: target });
      }
      return { ...file, savedPath: target, cancelled: false };
    },
  };
}
