CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, created_at timestamptz NOT NULL);
-- Small literal offsets (up to the threshold) are fine.
SELECT id FROM posts ORDER BY id LIMIT 20 OFFSET 1000;
-- A parameter OFFSET without LIMIT is no pagination.
SELECT id FROM posts ORDER BY id OFFSET $1;
-- Keyset pagination.
SELECT id, title FROM posts WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 20;
