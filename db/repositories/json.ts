import type { z } from 'zod';

/**
 * Parses a JSON column with the domain schema it was written from (STYLE §4: JSON columns are
 * checked when read). A row that fails is a bug or a damaged file: it throws with the column name.
 */
export function readJson<S extends z.ZodType>(schema: S, text: string, column: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`Invalid ${column} in the library: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

/** Lower-case, accent-free key for sorting titles the way a reader expects (É with E). */
export function sortKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('fr').trim();
}
