ALTER TABLE users ADD COLUMN email text;
-- ^0-40 migration-missing-down add U2__email.sql beside it
