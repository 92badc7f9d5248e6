-- SQLite has no date/time storage type: TEXT and INTEGER timestamps count.
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at INTEGER NOT NULL
);
