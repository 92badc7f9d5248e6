-- migrate:up
ALTER TABLE users ALTER COLUMN name SET NOT NULL;

-- migrate:down
-- ^0-15 down-does-not-revert does not restore the nullability of column users.name: NOT NULL after it, nullable before the up migration
ALTER TABLE users ALTER COLUMN name SET DEFAULT '';
-- ^0-51 down-does-not-revert changes the default of column users.name: DEFAULT '' after it, no default before the up migration
