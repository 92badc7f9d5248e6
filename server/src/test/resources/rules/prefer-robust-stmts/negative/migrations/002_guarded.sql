ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;
ALTER TABLE users DROP COLUMN IF EXISTS legacy;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_nickname_key;
ALTER TABLE users ADD CONSTRAINT users_nickname_key UNIQUE (nickname);
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_nickname_idx ON users (nickname);
DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;
DROP TABLE IF EXISTS staging;
