CREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);
DROP INDEX CONCURRENTLY users_email_idx;
