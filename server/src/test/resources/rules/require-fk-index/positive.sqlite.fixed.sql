CREATE TABLE artists (id INTEGER PRIMARY KEY);
CREATE TABLE albums (id INTEGER PRIMARY KEY, artist_id INTEGER NOT NULL REFERENCES artists (id) ON DELETE CASCADE);
CREATE INDEX albums_artist_id_idx ON albums (artist_id);
--                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-fk-index
