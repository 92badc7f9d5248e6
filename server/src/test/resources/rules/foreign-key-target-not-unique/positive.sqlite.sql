CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name TEXT NOT NULL);
CREATE TABLE albums (
  AlbumId INTEGER PRIMARY KEY,
  ArtistName TEXT NOT NULL REFERENCES artists (Name) ON DELETE CASCADE
--                                            ^^^^^^ foreign-key-target-not-unique foreign key (ArtistName) of table albums references artists (Name), which is
);
