-- Galley library, first schema. Forward-only: never edit once released; add 0002_… instead.

CREATE TABLE sources (
  id          TEXT PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  size        INTEGER NOT NULL,
  bytes       BLOB NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

-- seq is the stable integer key the full-text index points at (an implicit rowid may change on VACUUM).
CREATE TABLE releases (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  source_id     TEXT REFERENCES sources(id),
  status        TEXT NOT NULL CHECK (status IN ('imported', 'reviewed', 'ready', 'exported', 'archived')),
  language      TEXT NOT NULL CHECK (language IN ('fr', 'en', 'es')),
  title         TEXT NOT NULL DEFAULT '',
  title_key     TEXT NOT NULL DEFAULT '',
  subtitle      TEXT NOT NULL DEFAULT '',
  dateline      TEXT NOT NULL DEFAULT '',
  date          TEXT,
  contacts      TEXT NOT NULL DEFAULT '[]',
  quotes        TEXT NOT NULL DEFAULT '[]',
  body          TEXT NOT NULL,
  body_text     TEXT NOT NULL DEFAULT '',
  contacts_text TEXT NOT NULL DEFAULT '',
  revision      INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  trashed_at    TEXT
) STRICT;

CREATE INDEX releases_by_updated ON releases (trashed_at IS NOT NULL, updated_at);
CREATE INDEX releases_by_date ON releases (trashed_at IS NOT NULL, date);
CREATE INDEX releases_by_title ON releases (trashed_at IS NOT NULL, title_key);
CREATE INDEX releases_by_source ON releases (source_id);

CREATE TABLE revisions (
  id            INTEGER PRIMARY KEY,
  release_id    TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  revision      INTEGER NOT NULL,
  reason        TEXT NOT NULL CHECK (reason IN ('import', 'save', 'autosave', 'restore', 'review')),
  restored_from INTEGER,
  created_at    TEXT NOT NULL,
  -- When the run of coalesced autosaves this snapshot stands for began (= created_at otherwise).
  group_started_at TEXT NOT NULL,
  title         TEXT NOT NULL,
  words         INTEGER NOT NULL,
  snapshot      TEXT NOT NULL,
  UNIQUE (release_id, revision)
) STRICT;

CREATE TABLE themes (
  id         TEXT PRIMARY KEY,
  label_fr   TEXT NOT NULL,
  label_en   TEXT NOT NULL,
  label_es   TEXT NOT NULL,
  scope      TEXT,
  keywords   TEXT NOT NULL DEFAULT '{"fr":[],"en":[],"es":[]}',
  parent_id  TEXT REFERENCES themes(id) ON DELETE SET NULL,
  position   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE release_themes (
  release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
  theme_id   TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
  source     TEXT NOT NULL CHECK (source IN ('auto', 'manual')),
  score      REAL,
  PRIMARY KEY (release_id, theme_id)
) STRICT;

CREATE INDEX release_themes_by_theme ON release_themes (theme_id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Accent-insensitive full-text index (reintegration finds réintégration), kept in step by triggers.
CREATE VIRTUAL TABLE releases_fts USING fts5(
  title, body_text, contacts_text,
  content = 'releases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER releases_fts_insert AFTER INSERT ON releases BEGIN
  INSERT INTO releases_fts (rowid, title, body_text, contacts_text)
  VALUES (new.seq, new.title, new.body_text, new.contacts_text);
END;

CREATE TRIGGER releases_fts_delete AFTER DELETE ON releases BEGIN
  INSERT INTO releases_fts (releases_fts, rowid, title, body_text, contacts_text)
  VALUES ('delete', old.seq, old.title, old.body_text, old.contacts_text);
END;

CREATE TRIGGER releases_fts_update AFTER UPDATE OF title, body_text, contacts_text ON releases BEGIN
  INSERT INTO releases_fts (releases_fts, rowid, title, body_text, contacts_text)
  VALUES ('delete', old.seq, old.title, old.body_text, old.contacts_text);
  INSERT INTO releases_fts (rowid, title, body_text, contacts_text)
  VALUES (new.seq, new.title, new.body_text, new.contacts_text);
END;
