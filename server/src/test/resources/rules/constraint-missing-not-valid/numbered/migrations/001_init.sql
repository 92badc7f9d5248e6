CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, invited_by bigint);
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_id bigint NOT NULL, balance numeric(12, 2) NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total numeric(12, 2) NOT NULL);
