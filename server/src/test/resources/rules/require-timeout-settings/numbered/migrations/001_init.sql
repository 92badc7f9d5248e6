CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
CREATE TABLE old_sessions (id bigint PRIMARY KEY);
CREATE INDEX orders_user_id_idx ON orders (user_id);
