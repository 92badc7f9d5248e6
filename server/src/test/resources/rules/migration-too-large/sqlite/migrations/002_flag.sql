ALTER TABLE users ADD COLUMN active INTEGER;
DELETE FROM users WHERE id < 0;
-- ^0-31 migration-too-large changes data as well as the schema of users
