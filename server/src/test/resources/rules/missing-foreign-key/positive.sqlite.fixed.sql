CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE Genre (GenreId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE Album (AlbumId INTEGER PRIMARY KEY, Title TEXT NOT NULL, ArtistId INTEGER NOT NULL REFERENCES Artist (ArtistId) ON DELETE CASCADE);
CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, AlbumId INTEGER REFERENCES Album (AlbumId) ON DELETE SET NULL, GenreId INTEGER REFERENCES Genre (GenreId));
--                                                                                                              ^^^^^^^ missing-foreign-key column Track.GenreId looks like a reference to table Genre (GenreId) but has no
