CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at TEXT NOT NULL);
SELECT id FROM events WHERE kind IN ('a', 'b') AND at BETWEEN ? AND ?;
--                          ^^^^ unindexed-query-column add CREATE INDEX events_kind_at_idx ON events (kind, at)
