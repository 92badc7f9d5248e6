ALTER TABLE users ADD COLUMN email text;
-- ^0-40 migration-missing-down migration 000002 (add_email) has no down migration, so it cannot be rolled back; add 000002_add_email.down.sql beside it
