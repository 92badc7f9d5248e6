-- name: GetAuthor :one
SELECT id, name, bio FROM authors WHERE id = sqlc.arg(id) LIMIT 1;

-- name: ListAuthors :many
SELECT id, nmae FROM authors ORDER BY name;
--         ^^^^ unknown-reference query ListAuthors names unknown column nmae of table authors; did you mean name?

-- name: ListBooks :many
SELECT id FROM books;
--             ^^^^^ unknown-reference query ListBooks names unknown table books
