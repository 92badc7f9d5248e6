CREATE TABLE tracks (
--           ^^^^^^ require-timestamps
  id INTEGER NOT NULL,
  album_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (album_id) REFERENCES albums (id) ON DELETE CASCADE
);

CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT NOT NULL, artist TEXT);
--           ^^^^^^ require-timestamps
