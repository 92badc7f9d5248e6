CREATE TABLE audit_log (id bigint PRIMARY KEY, at timestamptz NOT NULL);
--           ^^^^^^^^^ prefer-robust-stmts CREATE TABLE audit_log without IF NOT EXISTS: this migration does not run in a transaction, so if a later statement fails it stays partly applied and running it again stops here (the table exists)
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
--                        ^^^^^^^^^^^^^^^ prefer-robust-stmts CREATE INDEX users_email_idx without IF NOT EXISTS
CREATE INDEX ON users (created_at);
-- ^0-35 prefer-robust-stmts without a name
ALTER TABLE users ADD COLUMN nickname text;
--                ^^^^^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts ADD COLUMN nickname without IF NOT EXISTS
alter table users
    add bio text,
--  ^^^^^^^^^^^^ prefer-robust-stmts ADD COLUMN bio
    drop legacy,
--  ^^^^^^^^^^^ prefer-robust-stmts DROP COLUMN legacy without IF EXISTS
    drop constraint users_legacy_check;
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts DROP CONSTRAINT users_legacy_check without IF EXISTS
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
--                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts drop it first with ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key
ALTER TABLE users ADD CHECK (length(nickname) < 40);
--                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-robust-stmts ADD CHECK without a constraint name
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_nickname_key, ADD CONSTRAINT users_nickname_key UNIQUE (nickname);
DROP TABLE old_sessions;
--         ^^^^^^^^^^^^ prefer-robust-stmts DROP TABLE old_sessions without IF EXISTS: this migration does not run in a transaction, so if a later statement fails it stays partly applied and running it again stops here (the table is gone)
DROP INDEX CONCURRENTLY users_name_idx;
--                      ^^^^^^^^^^^^^^ prefer-robust-stmts DROP INDEX users_name_idx
