import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, Output } from '../../../shared/api';
import { getClient } from '../../app/transport';
import { newestFirst } from './backupFormat';

export interface BackupsState {
  /** Newest first; null while loading, 'failed' when the list could not be read. */
  backups: BackupInfo[] | null | 'failed';
  reload(): Promise<void>;
  /** Takes a backup now; resolves with it (null on error, already reported). */
  create(): Promise<BackupInfo | null>;
  /** Restores a backup (the current library is set aside); null on error, already reported. */
  restore(name: string): Promise<Output<'backups.restore'> | null>;
}

/**
 * The library's backups through `backups.*` only, so it also works on the recovery screen where
 * the other services are unavailable. Errors go to `onError`.
 */
export function useBackups(onError: (error: unknown) => void): BackupsState {
  const [backups, setBackups] = useState<BackupsState['backups']>(null);
  const reload = useCallback(async () => {
    try {
      setBackups(newestFirst(await getClient().call('backups.list', {})));
    } catch (error) {
      setBackups('failed');
      onError(error);
    }
  }, [onError]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(async () => {
    try {
      const made = await getClient().call('backups.create', {});
      await reload();
      return made;
    } catch (error) {
      onError(error);
      return null;
    }
  }, [onError, reload]);

  const restore = useCallback(
    async (name: string) => {
      try {
        return await getClient().call('backups.restore', { name });
      } catch (error) {
        onError(error);
        return null;
      }
    },
    [onError],
  );
  return { backups, reload, create, restore };
}
