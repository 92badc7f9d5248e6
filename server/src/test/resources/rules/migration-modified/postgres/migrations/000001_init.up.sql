CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
-- ^0-60 migration-modified migration 000001 (init) differs from its text at origin/main (from line 2): never modify a migration that has been run; revert the change and put it in a new migration
