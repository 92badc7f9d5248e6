-- a table rebuilt: its rows are copied into a new table that takes its name
CREATE TABLE new_users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
INSERT INTO new_users (id, email) SELECT id, email FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;
