CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
ALTER TABLE orders ADD COLUMN referrer_id bigint DEFAULT 0 REFERENCES users (id);
