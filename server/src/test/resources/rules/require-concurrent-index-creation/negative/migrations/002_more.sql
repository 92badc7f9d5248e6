CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);
CREATE INDEX posts_author_id_idx ON posts (author_id);
