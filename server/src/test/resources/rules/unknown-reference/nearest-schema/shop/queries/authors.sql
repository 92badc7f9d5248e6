-- Two schemas of the workspace have an authors table: the query's neighbour (shop) is the one it reads.
-- name: ActiveAuthors :many
SELECT id, name FROM authors WHERE status = 'active';

-- name: Typo :many
SELECT id, nmae FROM authors;
--         ^^^^ unknown-reference query Typo names unknown column nmae of table authors; did you mean name?
