import type { BackupInfo, DatabaseState } from '../../../shared/api';
import { newestFirst } from './backupFormat';

/** What the recovery screen offers, decided from the library's state and the backups found. */
export type RecoveryPlan =
  /** Damaged library and usable backups: offer the latest first, the others after it. */
  | { kind: 'restore'; latest: BackupInfo; others: BackupInfo[] }
  /** Damaged library and no usable backup: say so; the file is kept as it is. */
  | { kind: 'no-backup' }
  /** Damaged library, backups still being listed. */
  | { kind: 'loading' }
  /** Damaged library and the backups could not be listed. */
  | { kind: 'backups-unavailable' }
  /** Made by a newer Galley: left untouched, update Galley. */
  | { kind: 'newer' }
  /** Could not be opened (permissions, disk): message, path, try again. */
  | { kind: 'error' }
  /** Nothing to recover. */
  | { kind: 'ok' };

/**
 * Decides what to offer. `backups` is null while loading and 'failed' when listing failed.
 * Only a damaged library is restored from here: a newer one must not be replaced by an older
 * backup, and an unreadable one usually needs the disk or permissions fixed, not a restore.
 * An empty (0-byte) backup cannot be a library, so it is never offered. Pure.
 */
export function planRecovery(status: DatabaseState['status'], backups: readonly BackupInfo[] | null | 'failed'): RecoveryPlan {
  if (status === 'ok') return { kind: 'ok' };
  if (status === 'newer') return { kind: 'newer' };
  if (status === 'error') return { kind: 'error' };
  if (backups === null) return { kind: 'loading' };
  if (backups === 'failed') return { kind: 'backups-unavailable' };
  const [latest, ...others] = newestFirst(backups.filter((b) => b.size > 0));
  return latest ? { kind: 'restore', latest, others } : { kind: 'no-backup' };
}
