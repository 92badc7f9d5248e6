CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_name_idx ON users (name);
CREATE VIEW user_names AS SELECT id, name FROM users;
