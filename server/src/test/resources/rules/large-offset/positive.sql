CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint NOT NULL, title text NOT NULL, created_at timestamptz NOT NULL);

SELECT id, title FROM posts ORDER BY created_at DESC LIMIT 20 OFFSET 5000;
--                                                            ^^^^^^^^^^^ large-offset OFFSET 5000 in this query reads and throws away 5000 rows each time it runs; use keyset (cursor) pagination instead: SELECT id, title FROM posts WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 20; pass the created_at, id of the last row of the previous page
SELECT p.id, p.title
FROM posts p
WHERE p.author_id = $1 OR p.author_id = $2 -- either author
ORDER BY p.id
LIMIT $3 OFFSET $4;
--       ^^^^^^^^^ large-offset OFFSET $4 in this paginated query reads and throws away every row before the page asked for, so each page is slower than the one before; use keyset (cursor) pagination instead: SELECT p.id, p.title FROM posts p WHERE (p.author_id = $1 OR p.author_id = $2) AND p.id > $5 ORDER BY p.id LIMIT $3; pass the id of the last row of the previous page
-- Keys sorting different ways are compared one by one.
SELECT id FROM posts WHERE author_id = 7 ORDER BY created_at DESC, title ASC LIMIT 10 OFFSET 2000;
--                                                                                    ^^^^^^^^^^^ large-offset WHERE author_id = 7 AND (created_at < $1 OR (created_at = $1 AND title > $2) OR (created_at = $1 AND title = $2 AND id > $3)) ORDER BY created_at DESC, title ASC, id LIMIT 10
-- Without ORDER BY there is no order to page by.
SELECT id FROM posts LIMIT 10 OFFSET 1001;
--                            ^^^^^^^^^^^ large-offset without ORDER BY the pages have no defined order
-- A union: the general advice.
SELECT id FROM posts WHERE author_id = 1 UNION ALL SELECT id FROM posts WHERE author_id = 2 ORDER BY id LIMIT 10 OFFSET $1;
--                                                                                                               ^^^^^^^^^ large-offset remember the ORDER BY keys of the last row
CREATE VIEW old_posts AS SELECT id, title FROM posts ORDER BY id OFFSET 100000;
--                                                               ^^^^^^^^^^^^^ large-offset OFFSET 100000 in view old_posts reads and throws away 100000 rows each time it runs; a view cannot be paged by key
