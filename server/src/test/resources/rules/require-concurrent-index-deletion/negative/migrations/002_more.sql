-- an existing index, dropped without blocking the table
DROP INDEX CONCURRENTLY users_email_idx;
-- an index this migration creates: nobody uses it yet
CREATE INDEX users_id_email_idx ON users (id, email);
DROP INDEX users_id_email_idx;
-- an index no migration created: nothing is known about it
DROP INDEX IF EXISTS legacy_idx;
