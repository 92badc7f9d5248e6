-- name: PostsSince :many
SELECT id, title FROM posts WHERE created_at >= $1 AND published;
--                                ^^^^^^^^^^ unindexed-query-column query PostsSince filters by column posts.created_at in WHERE, but no index of table posts starts with it, so every run reads the whole table: add @@index([createdAt]) to model Post
