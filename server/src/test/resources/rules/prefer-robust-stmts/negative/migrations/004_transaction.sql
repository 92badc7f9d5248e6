BEGIN;
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint NOT NULL);
ALTER TABLE users ADD COLUMN bio text;
COMMIT;
