-- a guard in front of CREATE TABLE, for a table no earlier migration made
DROP TABLE IF EXISTS users;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
-- a table created earlier in the same migration
CREATE TABLE import_batch (id bigint PRIMARY KEY, line text);
DROP TABLE import_batch;
