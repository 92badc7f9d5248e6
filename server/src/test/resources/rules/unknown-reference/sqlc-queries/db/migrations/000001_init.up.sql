CREATE TABLE authors (id bigserial PRIMARY KEY, name text NOT NULL, bio text);
-- Data statements of migrations name tables as they were then: not checked.
INSERT INTO author_names SELECT name FROM authors;
