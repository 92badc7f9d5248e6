-- migrate:up
CREATE TABLE users (id bigint PRIMARY KEY, name text);

-- migrate:down
DROP TABLE users;
