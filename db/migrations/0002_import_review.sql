-- The import capability: where each raw line went (split map) and what the user forced in review,
-- the line rules the user set ("always drop" / "never drop"), and how many sources contain each
-- line (recurring lines are boilerplate candidates).

CREATE TABLE release_splits (
  release_id TEXT PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
  map        TEXT NOT NULL,
  overrides  TEXT NOT NULL DEFAULT '{}',
  fields     TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE line_rules (
  key        TEXT PRIMARY KEY,
  text       TEXT NOT NULL,
  rule       TEXT NOT NULL CHECK (rule IN ('always-drop', 'never-drop')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE line_stats (
  key     TEXT PRIMARY KEY,
  sources INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
