import { createHash } from 'node:crypto';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type Handlers, type ImportFile, type ImportItem, type ImportReport } from '../../shared/api';
import type { ReleaseId, SourceId } from '../../shared/domain';
import { draftFromSplit } from '../../shared/pipeline';
import { examplesIn } from './app';
import type { ServiceContext } from './context';
import { isReportItem, readImportFile, type FileBytes } from './files';
import { readSettings } from './settings';
import { decode, documentKeys, fieldsOf, splitWithLibrary } from './splitting';

interface Incoming extends FileBytes {
  /** Known type regardless of the name (pasted text). */
  mediaType?: string;
}

function failed(name: string, failure: ImportItem['failure'], detail: string): ImportItem {
  return { name, outcome: 'failed', releaseId: null, title: null, failure, detail };
}

/**
 * Imports one file: duplicate check on the bytes' SHA-256, decode, split with what the library
 * has learned, then source, release, first revision, split map and line counts written in one
 * transaction (nothing half-written). Never throws.
 */
export async function importOne(ctx: ServiceContext, file: Incoming): Promise<ImportItem> {
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
    const decoded = await decode({ name, bytes, ...(file.mediaType ? { mediaType: file.mediaType } : {}) });
    if (!decoded.ok) return failed(name, decoded.failure, decoded.detail);
    const { doc } = decoded;
    const split = splitWithLibrary({ repos, lexicon: ctx.lexicon, defaultLanguage: readSettings(repos.settings).defaultReleaseLanguage }, doc, {});
    const now = ctx.now();
    const sourceId = ctx.newId() as SourceId;
    const releaseId = ctx.newId() as ReleaseId;
    const release = repos.transaction(() => {
      // A duplicate may have landed while this file was being decoded.
      if (repos.sources.bySha(sha256)) return null;
      repos.sources.insert({ id: sourceId, sha256, fileName: name, mediaType: doc.mediaType, encoding: doc.encoding, size: bytes.length, bytes, importedAt: now });
      const created = repos.releases.insert(releaseId, sourceId, draftFromSplit(split), now);
      repos.revisions.add(created, 'import');
      repos.splits.put(created.id, { map: split.map, overrides: {}, fields: fieldsOf(split) }, now);
      repos.lines.addSource(documentKeys(doc));
      return created;
    });
    if (!release) return importOne(ctx, file);
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

async function importAll(ctx: ServiceContext, files: readonly (Incoming | ImportItem)[]): Promise<ImportReport> {
  const items: ImportItem[] = [];
  for (const f of files) items.push(isReportItem(f) ? f : await importOne(ctx, f));
  return { items };
}

/** Imports files from disk (CLI, desktop dialog, examples), one report item per path, in order. */
export function importPaths(ctx: ServiceContext, paths: readonly string[]): Promise<ImportReport> {
  return importAll(
    ctx,
    paths.map((p) => readImportFile(p)),
  );
}

/** releases.import, importFromDialog, importExamples. */
export function importHandlers(ctx: ServiceContext): Pick<Handlers, 'releases.import' | 'releases.importFromDialog' | 'releases.importExamples'> {
  return {
    'releases.import': ({ files }) => {
      ctx.library.repos();
      return importAll(ctx, files.map(fromRequest));
    },
    'releases.importFromDialog': async () => {
      ctx.library.repos();
      const paths = await ctx.host.pickImportPaths();
      return paths ? importPaths(ctx, paths) : { items: [] };
    },
    'releases.importExamples': () => {
      ctx.library.repos();
      const dir = ctx.examplesDir;
      return importPaths(ctx, dir ? examplesIn(dir).map((n) => path.join(dir, n)) : []);
    },
  };
}
