CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name TEXT NOT NULL);
CREATE TABLE albums (
  AlbumId INTEGER PRIMARY KEY,
  ArtistId INTEGER NOT NULL REFERENCES artists (ArtistID),
  Title TEXT NOT NULL,
  FOREIGN KEY (ArtistId) REFERENCES artists (Id)
--                                           ^^ unknown-reference references unknown column Id of artists
);
CREATE INDEX albums_title ON albums (Titel);
--                                   ^^^^^ unknown-reference names unknown column Titel; did you mean Title?
