import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportItem } from '../../shared/api';

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

function failed(name: string, failure: ImportItem['failure'], detail: string): ImportItem {
  return { name, outcome: 'failed', releaseId: null, title: null, failure, detail };
}

/**
 * Reads a file to import, refusing before reading what is not a regular file or is larger than
 * MAX_IMPORT_BYTES. A failure comes back as a report item, never as an exception.
 */
export function readImportFile(filePath: string): FileBytes | ImportItem {
  const name = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    return failed(name, 'unreadable', (error as Error).message);
  }
  if (!stat.isFile()) return failed(name, 'unreadable', 'Not a regular file');
  if (stat.size > MAX_IMPORT_BYTES) return failed(name, 'too_large', `${stat.size} bytes (limit ${MAX_IMPORT_BYTES})`);
  try {
    const buffer = fs.readFileSync(filePath);
    return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    return failed(name, 'unreadable', (error as Error).message);
  }
}

export function isReportItem(x: FileBytes | ImportItem): x is ImportItem {
  return 'outcome' in x;
}
