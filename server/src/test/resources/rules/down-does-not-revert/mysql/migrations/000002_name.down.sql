ALTER TABLE users DROP COLUMN name;
-- ^0-35 down-does-not-revert leaves index users_email_idx on users (email) behind
