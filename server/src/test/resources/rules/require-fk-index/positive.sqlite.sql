CREATE TABLE artists (id INTEGER PRIMARY KEY);
CREATE TABLE albums (id INTEGER PRIMARY KEY, artist_id INTEGER NOT NULL REFERENCES artists (id) ON DELETE CASCADE);
--                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-fk-index
