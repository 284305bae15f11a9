import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type Handlers } from '../../shared/api';
import { backupDirFor, createBackup, installBackup, isBackupName, listBackups, setAside, type BackupReason } from '../../db';
import type { ServiceContext } from './context';

/** A periodic backup is taken after this many saves. */
export const SAVES_PER_BACKUP = 50;

/**
 * Automatic and manual backups of a file library. Backups run one at a time; a failed automatic
 * backup is logged, never fatal.
 */
export function createBackupService(ctx: Omit<ServiceContext, 'afterSave'>) {
  let chain: Promise<unknown> = Promise.resolve();
  let saves = 0;
  const dir = () => backupDirFor(ctx.library.path);
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = chain.then(job, job);
    chain = next.catch(() => undefined);
    return next;
  };
  const take = (reason: BackupReason) => serial(() => createBackup(ctx.library.db(), dir(), reason, ctx.now()));
  const automatic = (reason: BackupReason) => {
    if (!ctx.library.isFile || ctx.library.state().status !== 'ok') return;
    take(reason).catch((error: unknown) => ctx.log(`automatic ${reason} backup failed: ${String(error)}`));
  };

  const handlers: Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'> = {
    'backups.list': () => (ctx.library.isFile ? listBackups(dir()) : []),
    'backups.create': async () => {
      if (!ctx.library.isFile) throw new ApiError('unavailable', 'An in-memory library has no backups');
      return take('manual');
    },
    'backups.restore': ({ name }) =>
      serial(async () => {
        if (!ctx.library.isFile || !isBackupName(name)) throw new ApiError('not_found', `No backup ${name}`, { name });
        const file = path.join(dir(), name);
        const info = listBackups(dir()).find((b) => b.name === name);
        if (!info || !fs.existsSync(file)) throw new ApiError('not_found', `No backup ${name}`, { name });
        // The current file is set aside (renamed), never deleted or overwritten.
        ctx.library.close();
        const asideAt = setAside(ctx.library.path, ctx.now());
        installBackup(file, ctx.library.path);
        await ctx.library.open();
        const state = ctx.library.state();
        if (state.status !== 'ok') throw new ApiError('internal', `The backup could not be opened: ${state.message ?? ''}`);
        return { restored: info, setAside: asideAt };
      }),
  };

  return {
    handlers,
    /** Startup backup of an existing library (not of a new, empty one). */
    atStartup(): void {
      if (!ctx.library.created) automatic('startup');
    },
    afterSave(): void {
      saves += 1;
      if (saves % SAVES_PER_BACKUP === 0) automatic('periodic');
    },
    /** Resolves when no backup is running (for a clean shutdown and for tests). */
    idle(): Promise<void> {
      return chain.then(() => undefined);
    },
  };
}
