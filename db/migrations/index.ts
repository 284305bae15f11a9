import m0001 from './0001_init.sql';
import m0002 from './0002_import_review.sql';
import m0003 from './0003_typography.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append only: a released migration is never edited (checksums). */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: m0001 },
  { version: 2, name: 'import_review', sql: m0002 },
  { version: 3, name: 'typography', sql: m0003 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
