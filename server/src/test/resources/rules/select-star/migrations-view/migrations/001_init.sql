CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
-- A view replaced later is not reported; its current definition is.
CREATE VIEW user_list AS SELECT * FROM users;
