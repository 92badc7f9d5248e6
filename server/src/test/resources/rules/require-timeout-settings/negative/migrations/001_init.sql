-- tables created here: nobody uses them yet
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, CONSTRAINT users_email_check CHECK (email <> '') NOT VALID);
CREATE INDEX users_email_idx ON users (email);
ALTER TABLE users ADD COLUMN name text;
CREATE TABLE sessions (id bigint PRIMARY KEY);
