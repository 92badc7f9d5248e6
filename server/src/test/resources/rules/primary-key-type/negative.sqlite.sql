-- SQLite stores every integer in up to 8 bytes: INT and INTEGER keys cannot overflow at 32 bits.
CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, Milliseconds INTEGER NOT NULL, Bytes INTEGER);
CREATE TABLE plays (id INT PRIMARY KEY, TrackId INTEGER NOT NULL REFERENCES tracks (TrackId) ON DELETE CASCADE, played_at TEXT);
