CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT NOT NULL, is_read BOOLEAN NOT NULL DEFAULT 0);
CREATE INDEX messages_is_read_idx ON messages (is_read);
--           ^^^^^^^^^^^^^^^^^^^^ low-cardinality-index
