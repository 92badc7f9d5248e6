-- name: GetAuthorByName :one
SELECT id, name FROM authors WHERE name = sqlc.arg(name);
--                                 ^^^^ unindexed-query-column query GetAuthorByName filters by column authors.name in WHERE, but no index of table authors starts with it, so every run reads the whole table: add CREATE INDEX authors_name_idx ON authors (name) in a new migration
