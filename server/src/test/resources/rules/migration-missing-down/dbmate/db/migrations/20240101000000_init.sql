-- migrate:up
-- ^0-13 migration-missing-down has no down migration, so it cannot be rolled back; add a "-- migrate:down" section to the file
CREATE TABLE users (id bigint PRIMARY KEY);
