ALTER TABLE users ADD COLUMN email text;
-- ^0-40 migration-missing-down none of the 2 migrations of this folder has a down migration, so none can be rolled back; start with this one: add 000002_email.down.sql beside it
