-- Back to what it was.
ALTER TABLE users ALTER COLUMN email TYPE varchar(255);
-- ^0-55 down-does-not-revert changes the type of column users.email: varchar(255) after it, text before the up migration
