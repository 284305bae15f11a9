import { describe, expect, it } from 'vitest';
import { rememberRestore, takeRestoreNotice } from '../../../renderer/features/settings/restoreNotice';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    size: () => map.size,
  };
}

describe('restore notice across the reload', () => {
  it('is read once, then forgotten', () => {
    const storage = memoryStorage();
    rememberRestore(storage, {
      restored: { name: 'galley-20261120T091500000Z-startup.db', createdAt: '2026-11-20T09:15:00.000Z', size: 4096, reason: 'startup' },
      setAside: '/home/a/Galley/galley.db.set-aside-20261123T043853449Z',
    });
    expect(takeRestoreNotice(storage)).toEqual({
      createdAt: '2026-11-20T09:15:00.000Z',
      setAside: '/home/a/Galley/galley.db.set-aside-20261123T043853449Z',
    });
    expect(takeRestoreNotice(storage)).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it('drops anything unreadable', () => {
    const storage = memoryStorage();
    storage.setItem('galley.restored', '{not json');
    expect(takeRestoreNotice(storage)).toBeNull();
    storage.setItem('galley.restored', '{"setAside": 3}');
    expect(takeRestoreNotice(storage)).toBeNull();
    expect(storage.size()).toBe(0);
  });
});
