import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export type BackupReason = 'startup' | 'periodic' | 'manual' | 'pre-migration';

export interface BackupFile {
  name: string;
  createdAt: string;
  size: number;
  reason: BackupReason;
}

/** How many backups of each group are kept; older ones are removed after each new backup. */
export const KEEP_PER_GROUP = 10;
const GROUP: Record<BackupReason, string> = { startup: 'auto', periodic: 'auto', manual: 'manual', 'pre-migration': 'migration' };

const NAME = /^galley-(\d{8})T(\d{6})(\d{3})Z-(startup|periodic|manual|pre-migration)\.db$/;

/** `galley-20261123T101500123Z-startup.db`: sortable, unique to the millisecond, reason visible. */
export function backupFileName(reason: BackupReason, now: string): string {
  const stamp = now.replace(/[-:]/g, '').replace(/\.(\d{3})\d*Z$/, '$1Z').replace(/(T\d{6})Z$/, '$1000Z');
  return `galley-${stamp}-${reason}.db`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d, t, ms, reason] = m as unknown as [string, string, string, string, BackupReason];
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  return { createdAt, reason };
}

/** Backups in `dir`, newest first. A missing folder has none. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    try {
      out.push({ name, size: fs.statSync(path.join(dir, name)).size, ...parsed });
    } catch {
      // Removed between readdir and stat: not a backup any more.
    }
  }
  return out.sort((a, b) => b.name.localeCompare(a.name));
}

/** Removes the oldest backups beyond KEEP_PER_GROUP in each group. */
export function pruneBackups(dir: string): void {
  const seen = new Map<string, number>();
  for (const b of listBackups(dir)) {
    const group = GROUP[b.reason];
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    if (n > KEEP_PER_GROUP) fs.rmSync(path.join(dir, b.name), { force: true });
  }
}

/**
 * A consistent copy of the open library with SQLite's online backup (`db.backup()`), then
 * pruning. Written to a temporary name first so a crash never leaves a half backup listed.
 */
export async function createBackup(db: Database.Database, dir: string, reason: BackupReason, now: string): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  // Never replace an earlier backup: a name already taken (same millisecond) moves on by 1 ms.
  let name = backupFileName(reason, now);
  for (let at = Date.parse(now); fs.existsSync(path.join(dir, name)); ) name = backupFileName(reason, new Date(++at).toISOString());
  const target = path.join(dir, name);
  const partial = `${target}.partial`;
  await db.backup(partial);
  fs.renameSync(partial, target);
  pruneBackups(dir);
  return { name, reason, createdAt: parseName(name)!.createdAt, size: fs.statSync(target).size };
}

/** True when `name` is a backup file name (guards restore against path tricks). */
export function isBackupName(name: string): boolean {
  return NAME.test(name) && path.basename(name) === name;
}
