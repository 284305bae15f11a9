import type { ListQuery } from '../../shared/api';

/**
 * FTS5 query for what the user typed: every word must match as a prefix, in any order, any
 * accent (the index removes diacritics). Quotes make each word a literal token, so operators
 * typed by the user (AND, *, :) are text. Empty when there is nothing to search.
 */
export function ftsQuery(search: string): string {
  const words = search.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 24)
    .map((w) => `"${w}"*`)
    .join(' ');
}

const ORDER: Record<ListQuery['sort'], (dir: string) => string> = {
  updated: (dir) => `r.updated_at ${dir}, r.seq ${dir}`,
  // Releases without a date come last in both directions.
  date: (dir) => `r.date IS NULL, r.date ${dir}, r.updated_at ${dir}, r.seq ${dir}`,
  title: (dir) => `r.title_key ${dir}, r.seq ${dir}`,
};

export interface ListSql {
  /** Identifies the statement shape, for caching prepared statements. */
  key: string;
  where: string;
  order: string;
}

/** The WHERE and ORDER BY of a library query; values are bound as named parameters. */
export function listSql(q: ListQuery, fts: string): ListSql {
  const clauses = ['(r.trashed_at IS NOT NULL) = @trash'];
  if (fts) clauses.push('r.seq IN (SELECT rowid FROM releases_fts WHERE releases_fts MATCH @fts)');
  if (q.status) clauses.push('r.status = @status');
  if (q.language) clauses.push('r.language = @language');
  if (q.theme) clauses.push('EXISTS (SELECT 1 FROM release_themes t WHERE t.release_id = r.id AND t.theme_id = @theme)');
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const key = [fts ? 'f' : '', q.status ? 's' : '', q.language ? 'l' : '', q.theme ? 't' : '', q.sort, dir].join('|');
  return { key, where: clauses.join(' AND '), order: ORDER[q.sort](dir) };
}
