CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE albums (
  id INTEGER PRIMARY KEY,
  artist_id INTEGER NOT NULL REFERENCES artists (id) ON DELETE SET NULL
--                                                   ^^^^^^^^^^^^^^^^^^ on-delete-set-null-not-null
);
