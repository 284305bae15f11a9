import type Database from 'better-sqlite3';
import type { SourceId, SourceInfo } from '../../shared/domain';

interface SourceRow {
  id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  encoding: string;
  size: number;
  imported_at: string;
}

export interface NewSource extends SourceInfo {
  bytes: Uint8Array;
}

function toInfo(row: SourceRow): SourceInfo {
  return {
    id: row.id as SourceId,
    sha256: row.sha256,
    fileName: row.file_name,
    mediaType: row.media_type,
    encoding: row.encoding,
    size: row.size,
    importedAt: row.imported_at,
  };
}

const COLUMNS = 'id, sha256, file_name, media_type, encoding, size, imported_at';

/** Original bytes of imports: written once, never modified. */
export function createSourceRepo(db: Database.Database) {
  const insert = db.prepare(
    'INSERT INTO sources (id, sha256, file_name, media_type, encoding, size, bytes, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const bySha = db.prepare(`SELECT ${COLUMNS} FROM sources WHERE sha256 = ?`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM sources WHERE id = ?`);
  const bytesById = db.prepare('SELECT bytes FROM sources WHERE id = ?').pluck();
  const all = db.prepare('SELECT id, file_name, media_type, bytes FROM sources ORDER BY imported_at');
  const count = db.prepare('SELECT COUNT(*) FROM sources').pluck();
  return {
    insert(s: NewSource): void {
      insert.run(s.id, s.sha256, s.fileName, s.mediaType, s.encoding, s.size, Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength), s.importedAt);
    },
    bySha(sha256: string): SourceInfo | null {
      const row = bySha.get(sha256) as SourceRow | undefined;
      return row ? toInfo(row) : null;
    },
    byId(id: SourceId): SourceInfo | null {
      const row = byId.get(id) as SourceRow | undefined;
      return row ? toInfo(row) : null;
    },
    /** Every source with its bytes, oldest first (one at a time: the library may be large). */
    *each(): Generator<{ id: SourceId; fileName: string; mediaType: string; bytes: Uint8Array }> {
      for (const row of all.iterate() as Iterable<{ id: string; file_name: string; media_type: string; bytes: Buffer }>) {
        yield { id: row.id as SourceId, fileName: row.file_name, mediaType: row.media_type, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
      }
    },
    count(): number {
      return count.get() as number;
    },
    bytes(id: SourceId): Uint8Array | null {
      const b = bytesById.get(id) as Buffer | undefined;
      return b ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : null;
    },
  };
}

export type SourceRepo = ReturnType<typeof createSourceRepo>;
