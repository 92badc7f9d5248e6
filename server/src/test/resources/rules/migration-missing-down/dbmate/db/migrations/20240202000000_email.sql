-- migrate:up
ALTER TABLE users ADD COLUMN email text;

-- migrate:down
-- ^0-15 migration-missing-down the down migration of 20240202000000 (email) is empty
