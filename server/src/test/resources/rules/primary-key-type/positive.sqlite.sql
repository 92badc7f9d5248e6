-- fixture: {"rules": {"primary-key-type": {"options": {"prefer": "uuid"}}}}
-- SQLite integers are 64-bit: only the "uuid" preference reports them.
CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, Milliseconds INTEGER NOT NULL, Bytes INTEGER);
--                           ^^^^^^^ primary-key-type primary key column tracks.TrackId is an integer (INTEGER)
CREATE TABLE plays (id TEXT PRIMARY KEY, TrackId INTEGER NOT NULL REFERENCES tracks (TrackId) ON DELETE CASCADE);
