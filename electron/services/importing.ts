import { createHash } from 'node:crypto';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type Handlers, type ImportFile, type ImportItem, type ImportReport } from '../../shared/api';
import type { ReleaseId, SourceId } from '../../shared/domain';
import { importRaw, NO_LEARNED_LINES } from '../../shared/pipeline';
import { examplesIn } from './app';
import type { ServiceContext } from './context';
import { isReportItem, readImportFile, type FileBytes } from './files';
import { readSettings } from './settings';

interface Incoming extends FileBytes {
  /** Known type regardless of the name (pasted text). */
  mediaType?: string;
}

function failed(name: string, failure: ImportItem['failure'], detail: string): ImportItem {
  return { name, outcome: 'failed', releaseId: null, title: null, failure, detail };
}

/**
 * Imports one file: duplicate check on the bytes' SHA-256, the import pipeline, then source,
 * release and first revision written in one transaction (nothing half-written). Never throws.
 */
export function importOne(ctx: ServiceContext, file: Incoming): ImportItem {
  const { name, bytes } = file;
  if (bytes.length > MAX_IMPORT_BYTES) return failed(name, 'too_large', `${bytes.length} bytes (limit ${MAX_IMPORT_BYTES})`);
  try {
    const repos = ctx.library.repos();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = repos.sources.bySha(sha256);
    if (existing) {
      const releaseId = repos.releases.idBySource(existing.id);
      const title = releaseId ? (repos.releases.byId(releaseId)?.meta.title ?? null) : null;
      return { name, outcome: 'duplicate', releaseId, title, failure: null, detail: `Same bytes as ${existing.fileName}` };
    }
    const outcome = importRaw(
      { name, bytes, ...(file.mediaType ? { mediaType: file.mediaType } : {}) },
      { defaultLanguage: readSettings(repos.settings).defaultReleaseLanguage, lexicon: () => null, learned: NO_LEARNED_LINES, overrides: {} },
    );
    if (!outcome.ok) return failed(name, outcome.failure, outcome.detail);
    const now = ctx.now();
    const sourceId = ctx.newId() as SourceId;
    const releaseId = ctx.newId() as ReleaseId;
    const release = repos.transaction(() => {
      repos.sources.insert({ id: sourceId, sha256, fileName: name, mediaType: outcome.doc.mediaType, encoding: outcome.doc.encoding, size: bytes.length, bytes, importedAt: now });
      const created = repos.releases.insert(releaseId, sourceId, outcome.draft, now);
      repos.revisions.add(created, 'import');
      return created;
    });
    return { name, outcome: 'imported', releaseId: release.id, title: release.meta.title, failure: null, detail: null };
  } catch (error) {
    ctx.log(`import of ${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return failed(name, 'internal', error instanceof Error ? error.message : String(error));
  }
}

function fromRequest(file: ImportFile): Incoming {
  if ('text' in file) return { name: file.name, bytes: new TextEncoder().encode(file.text), mediaType: 'text/plain' };
  return { name: file.name, bytes: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) };
}

/** Imports files from disk (CLI, desktop dialog, examples), one report item per path. */
export function importPaths(ctx: ServiceContext, paths: readonly string[]): ImportReport {
  ctx.library.repos(); // A damaged or newer library answers `unavailable`, not one failure per file.
  return {
    items: paths.map((p) => {
      const read = readImportFile(p);
      return isReportItem(read) ? read : importOne(ctx, read);
    }),
  };
}

/** releases.import, importFromDialog, importExamples. */
export function importHandlers(ctx: ServiceContext): Pick<Handlers, 'releases.import' | 'releases.importFromDialog' | 'releases.importExamples'> {
  return {
    'releases.import': ({ files }) => {
      ctx.library.repos(); // `unavailable` for the whole call when the library cannot be used.
      return { items: files.map((f) => importOne(ctx, fromRequest(f))) };
    },
    'releases.importFromDialog': async () => {
      ctx.library.repos();
      const paths = await ctx.host.pickImportPaths();
      return paths ? importPaths(ctx, paths) : { items: [] };
    },
    'releases.importExamples': () => {
      const dir = ctx.examplesDir;
      return importPaths(ctx, dir ? examplesIn(dir).map((n) => path.join(dir, n)) : []);
    },
  };
}
