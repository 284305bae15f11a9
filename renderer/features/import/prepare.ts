import type { ImportFile, ImportItem } from '../../../shared/api';
import type { ImportFailure } from '../../../shared/domain';

/** What the import needs of a dropped or picked file (a DOM `File` fits). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
}

/** Reads a file's bytes; rejects when the file cannot be read (moved, locked, permission). */
export type ReadBytes<F extends FileLike> = (file: F) => Promise<Uint8Array>;

export type Prepared = { ok: true; payload: ImportFile } | { ok: false; item: ImportItem };

/** A report line for a file refused before it reached the services. */
export function failedItem(name: string, failure: ImportFailure, detail: string): ImportItem {
  return { name, outcome: 'failed', releaseId: null, title: null, failure, detail };
}

/**
 * Turns a file into the payload of one `releases.import` request. A file larger than `maxBytes`
 * is refused as too_large without being read (reading 2 GB to refuse it would freeze the window);
 * a read error becomes unreadable. Never throws.
 */
export async function prepareFile<F extends FileLike>(
  file: F,
  maxBytes: number,
  read: ReadBytes<F>,
  encode: (bytes: Uint8Array) => string,
): Promise<Prepared> {
  if (file.size > maxBytes) {
    return { ok: false, item: failedItem(file.name, 'too_large', `${file.size} bytes > ${maxBytes}`) };
  }
  let bytes: Uint8Array;
  try {
    bytes = await read(file);
  } catch (error) {
    return { ok: false, item: failedItem(file.name, 'unreadable', error instanceof Error ? error.message : String(error)) };
  }
  // The size on disk may have grown since the file was picked.
  if (bytes.length > maxBytes) {
    return { ok: false, item: failedItem(file.name, 'too_large', `${bytes.length} bytes > ${maxBytes}`) };
  }
  return { ok: true, payload: { name: file.name, dataBase64: encode(bytes) } };
}

/** Reads a DOM File with FileReader, whose errors (file gone, no permission) reject the promise. */
export function readWithFileReader(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.onabort = () => reject(new Error('FileReader aborted'));
    reader.readAsArrayBuffer(file);
  });
}
