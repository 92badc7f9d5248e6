-- name: ListAuthors :many
SELECT id, name FROM authors
ORDER BY name
LIMIT sqlc.arg(page_size) OFFSET sqlc.arg(page_offset);
--                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ large-offset in paginated query ListAuthors reads and throws away every row before the page asked for, so each page is slower than the one before; use keyset (cursor) pagination instead: SELECT id, name FROM authors WHERE (name, id) > (sqlc.arg(last_name), sqlc.arg(last_id)) ORDER BY name, id LIMIT sqlc.arg(page_size)

-- name: ListAuthorsPage2 :many
SELECT id, name FROM authors ORDER BY id LIMIT 10 OFFSET 500;
--                                                ^^^^^^^^^^ large-offset OFFSET 500 in query ListAuthorsPage2

-- name: ListAuthorsFirstPage :many
SELECT id, name FROM authors ORDER BY id LIMIT 10 OFFSET 50;
