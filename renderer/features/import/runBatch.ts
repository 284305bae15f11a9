import type { ImportFile, ImportItem, ImportReport } from '../../../shared/api';
import { ApiError } from '../../../shared/api';
import { failedItem, prepareFile, type FileLike, type ReadBytes } from './prepare';

export interface BatchProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read or sent, if any. */
  current: string | null;
}

export interface BatchDeps<F extends FileLike> {
  maxBytes: number;
  read: ReadBytes<F>;
  encode: (bytes: Uint8Array) => string;
  /** One `releases.import` request with one file. */
  send: (file: ImportFile) => Promise<ImportReport>;
  onProgress?: (progress: BatchProgress) => void;
  /** Checked between files: the user pressed Stop. */
  stopped?: () => boolean;
}

export interface BatchResult {
  items: ImportItem[];
  /** Files left untouched because the user stopped the batch. */
  skipped: number;
}

/** The report line for a request that failed as a whole (service error, lost connection). */
export function itemForRequestError(name: string, error: unknown): ImportItem {
  if (error instanceof ApiError && (error.code === 'too_large' || error.code === 'unsupported_format')) {
    return failedItem(name, error.code, error.message);
  }
  return failedItem(name, 'internal', error instanceof Error ? error.message : String(error));
}

/**
 * Imports files one request at a time (a 20 MB file never shares a request body with others, and
 * the progress is real). Each file's fate is independent: a refused, unreadable or failed file is
 * reported and the batch goes on. Files appended to `files` while it runs (a second drop during
 * an import) join the batch. Never throws; the report lists files in the order given.
 */
export async function runImportBatch<F extends FileLike>(files: readonly F[], deps: BatchDeps<F>): Promise<BatchResult> {
  const items: ImportItem[] = [];
  for (let i = 0; i < files.length; i++) {
    if (deps.stopped?.()) return { items, skipped: files.length - i };
    const file = files[i]!;
    deps.onProgress?.({ done: i, total: files.length, current: file.name });
    const prepared = await prepareFile(file, deps.maxBytes, deps.read, deps.encode);
    if (!prepared.ok) {
      items.push(prepared.item);
      continue;
    }
    try {
      const report = await deps.send(prepared.payload);
      items.push(...(report.items.length ? report.items : [failedItem(file.name, 'internal', 'empty report')]));
    } catch (error) {
      items.push(itemForRequestError(file.name, error));
    }
  }
  deps.onProgress?.({ done: files.length, total: files.length, current: null });
  return { items, skipped: 0 };
}
