-- name: ListAuthorsByCountry :many
SELECT id, name FROM authors WHERE country = @country ORDER BY name;
--                                 ^^^^^^^ unindexed-query-column query ListAuthorsByCountry filters by column authors.country in WHERE, but no index of table authors starts with it, so every run reads the whole table: add CREATE INDEX authors_country_name_idx ON authors (country, name)

-- name: ListAuthorsByCountryAgain :many
SELECT id FROM authors WHERE country = $1 ORDER BY name;
--                           ^^^^^^^ unindexed-query-column

-- name: GetBook :one
SELECT id FROM books WHERE id = $1;
