import type Database from 'better-sqlite3';

/** Key/value settings stored as JSON text. */
export function createSettingsRepo(db: Database.Database) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    get(key: string): unknown {
      const text = get.get(key) as string | undefined;
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    set(key: string, value: unknown): void {
      set.run(key, JSON.stringify(value));
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
