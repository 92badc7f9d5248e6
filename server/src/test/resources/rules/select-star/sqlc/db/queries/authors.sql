-- name: GetAuthor :one
SELECT * FROM authors
--     ^ select-star query GetAuthor selects * from table authors
WHERE id = $1 LIMIT 1;

-- name: ListAuthors :many
SELECT id, name FROM authors
ORDER BY name;

-- name: GetBookWithAuthor :one
SELECT sqlc.embed(books), sqlc.embed(authors)
FROM books JOIN authors ON authors.id = books.author_id
WHERE books.id = $1;

-- name: CreateAuthor :one
INSERT INTO authors (name, bio) VALUES ($1, $2)
RETURNING *;
