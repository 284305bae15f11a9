-- Typography: revisions may now be made by a bulk typography pass ('typography'), and the
-- suggestions a user ignored are remembered per release.
--
-- SQLite cannot alter a CHECK constraint, so revisions is rebuilt (create, copy, drop, rename).
-- No table, trigger, view or index refers to revisions, and revisions is only a child of releases:
-- dropping it deletes no parent rows, so this is safe with foreign keys on, inside the migration's
-- transaction. The copy keeps every id (and so the order of rows).

CREATE TABLE revisions_new (
  id            INTEGER PRIMARY KEY,
  release_id    TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  revision      INTEGER NOT NULL,
  reason        TEXT NOT NULL CHECK (reason IN ('import', 'save', 'autosave', 'restore', 'review', 'typography')),
  restored_from INTEGER,
  created_at    TEXT NOT NULL,
  -- When the run of coalesced autosaves this snapshot stands for began (= created_at otherwise).
  group_started_at TEXT NOT NULL,
  title         TEXT NOT NULL,
  words         INTEGER NOT NULL,
  snapshot      TEXT NOT NULL,
  UNIQUE (release_id, revision)
) STRICT;

INSERT INTO revisions_new (id, release_id, revision, reason, restored_from, created_at, group_started_at, title, words, snapshot)
  SELECT id, release_id, revision, reason, restored_from, created_at, group_started_at, title, words, snapshot FROM revisions;

DROP TABLE revisions;
ALTER TABLE revisions_new RENAME TO revisions;

-- Keys of ignored suggestions (shared/pipeline/typography/ignore.ts), per release.
CREATE TABLE typography_ignores (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (release_id, key)
) STRICT, WITHOUT ROWID;
