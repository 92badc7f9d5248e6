CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, email text NOT NULL, legacy text, CONSTRAINT users_legacy_check CHECK (legacy <> ''));
CREATE INDEX IF NOT EXISTS users_email_idx ON users (email);
CREATE TEMP TABLE staging (id bigint);
