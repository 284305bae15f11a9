import fs from 'node:fs';
import path from 'node:path';

const SIDE_FILES = ['', '-wal', '-shm'] as const;

/**
 * Moves the library file (and its WAL/SHM) aside to `<file>.set-aside-<stamp>`, never deleting
 * it. Returns the new path of the main file, or null when there was no file.
 */
export function setAside(dbPath: string, now: string): string | null {
  if (!fs.existsSync(dbPath)) return null;
  const stamp = now.replace(/[-:.]/g, '');
  // Never over an earlier set-aside file (two restores in the same millisecond): number it.
  let target = `${dbPath}.set-aside-${stamp}`;
  for (let n = 2; SIDE_FILES.some((suffix) => fs.existsSync(target + suffix)); n++) target = `${dbPath}.set-aside-${stamp}-${n}`;
  for (const suffix of SIDE_FILES) {
    const from = dbPath + suffix;
    if (fs.existsSync(from)) fs.renameSync(from, target + suffix);
  }
  return target;
}

/** Copies a backup into place as the library (the library must be closed and set aside first). */
export function installBackup(backupPath: string, dbPath: string): void {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const partial = `${dbPath}.restoring`;
  fs.copyFileSync(backupPath, partial);
  fs.renameSync(partial, dbPath);
}

/**
 * The backups folder of a library file: `<folder>/backups/<file name without extension>`, so two
 * libraries side by side never list (or restore) each other's backups.
 */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups', path.parse(dbPath).name);
}
