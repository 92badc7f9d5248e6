CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, status text);
-- a table created by the same migration: nothing uses it yet
ALTER TABLE users DROP COLUMN email;
