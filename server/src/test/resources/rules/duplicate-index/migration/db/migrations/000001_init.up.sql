-- An applied migration is never edited: the finding comes without a fix (drop the index in a new migration).
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
--           ^^^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX sessions_user_id_created_at_idx ON sessions (user_id, created_at);
