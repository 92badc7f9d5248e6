-- SQLite compares by affinity: INT and BIGINT agree, TEXT does not.
CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name NVARCHAR(120));
CREATE TABLE albums (
  AlbumId INTEGER PRIMARY KEY,
  ArtistId BIGINT NOT NULL REFERENCES artists (ArtistId) ON DELETE CASCADE,
  ArtistName TEXT REFERENCES artists (Name) ON DELETE SET NULL,
  CuratorId TEXT REFERENCES artists (ArtistId) ON DELETE SET NULL
--^^^^^^^^^ foreign-key-type-mismatch column albums.CuratorId is TEXT but references artists.ArtistId,
);
