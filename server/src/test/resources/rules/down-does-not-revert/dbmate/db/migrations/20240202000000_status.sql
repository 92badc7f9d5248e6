-- migrate:up
ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'new';
CREATE INDEX users_status_idx ON users (status);

-- migrate:down
-- ^0-15 down-does-not-revert the down migration of 20240202000000 (status) leaves column users.status behind
DROP INDEX users_status_idx;
