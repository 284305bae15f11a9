import type Database from 'better-sqlite3';
import type { LineRule } from '../../shared/domain';

interface RuleRow {
  key: string;
  text: string;
  rule: LineRule;
  created_at: string;
}

/**
 * What the library has learned about lines of text: the user's rules ("always drop", "never
 * drop") and, per line key, how many sources contain it (recurring lines are boilerplate candidates).
 */
export function createLineRepo(db: Database.Database) {
  const rules = db.prepare('SELECT key, text, rule, created_at FROM line_rules ORDER BY created_at DESC');
  const setRule = db.prepare(
    `INSERT INTO line_rules (key, text, rule, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET text = excluded.text, rule = excluded.rule, created_at = excluded.created_at`,
  );
  const dropRule = db.prepare('DELETE FROM line_rules WHERE key = ?');
  const count = db.prepare('SELECT sources FROM line_stats WHERE key = ?').pluck();
  const bump = db.prepare('INSERT INTO line_stats (key, sources) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET sources = sources + 1');
  const anyStats = db.prepare('SELECT 1 FROM line_stats LIMIT 1').pluck();
  return {
    rules(): { key: string; text: string; rule: LineRule; createdAt: string }[] {
      return (rules.all() as RuleRow[]).map((r) => ({ key: r.key, text: r.text, rule: r.rule, createdAt: r.created_at }));
    },
    /** Sets (or with null removes) the rule of a line key. */
    setRule(key: string, text: string, rule: LineRule | null, now: string): void {
      if (rule === null) dropRule.run(key);
      else setRule.run(key, text, rule, now);
    },
    /** How many sources contain each of `keys` (absent keys: none). */
    counts(keys: Iterable<string>): Map<string, number> {
      const out = new Map<string, number>();
      for (const key of keys) {
        const n = count.get(key) as number | undefined;
        if (n !== undefined) out.set(key, n);
      }
      return out;
    },
    /** Counts one more source for each distinct key. */
    addSource(keys: Iterable<string>): void {
      for (const key of new Set(keys)) bump.run(key);
    },
    hasStats(): boolean {
      return anyStats.get() !== undefined;
    },
  };
}

export type LineRepo = ReturnType<typeof createLineRepo>;
