CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
-- a table created by the same migration: nothing uses it yet
ALTER TABLE users RENAME COLUMN email TO email_address;
