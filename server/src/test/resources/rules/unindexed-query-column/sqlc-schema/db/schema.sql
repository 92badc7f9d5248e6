CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL, bio text);
-- Columns added later: the index goes after this statement.
ALTER TABLE authors ADD COLUMN country text;
CREATE TABLE books (id bigserial PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors (id), title text NOT NULL);
