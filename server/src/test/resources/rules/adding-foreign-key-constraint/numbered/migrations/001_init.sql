CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE regions (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE shops (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
