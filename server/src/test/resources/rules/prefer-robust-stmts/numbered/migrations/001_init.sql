BEGIN;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text, legacy text, created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_legacy_check CHECK (legacy <> ''));
CREATE INDEX users_name_idx ON users (name);
CREATE TABLE old_sessions (id bigint PRIMARY KEY);
COMMIT;
