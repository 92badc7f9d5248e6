CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), status order_status NOT NULL);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX users_email_idx ON users (email);
