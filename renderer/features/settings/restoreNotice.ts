import type { Output } from '../../../shared/api';

const KEY = 'galley.restored';

export interface RestoreNotice {
  createdAt: string;
  setAside: string | null;
}

/**
 * Remembers a finished restore across the reload that follows it, so the settings screen can
 * then say which backup came back and where the previous library was set aside.
 */
export function rememberRestore(storage: Pick<Storage, 'setItem'>, result: Output<'backups.restore'>): void {
  const notice: RestoreNotice = { createdAt: result.restored.createdAt, setAside: result.setAside };
  storage.setItem(KEY, JSON.stringify(notice));
}

/** The remembered restore, once: it is removed as it is read. Anything unreadable is dropped. */
export function takeRestoreNotice(storage: Pick<Storage, 'getItem' | 'removeItem'>): RestoreNotice | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  storage.removeItem(KEY);
  try {
    const value = JSON.parse(raw) as Partial<RestoreNotice>;
    if (typeof value.createdAt !== 'string') return null;
    return { createdAt: value.createdAt, setAside: typeof value.setAside === 'string' ? value.setAside : null };
  } catch {
    return null;
  }
}
