CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE SEQUENCE order_numbers;
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL,
    status order_status NOT NULL DEFAULT 'new',
    number bigint NOT NULL DEFAULT nextval('order_numbers'),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
ALTER SEQUENCE order_numbers OWNED BY orders.number;
CREATE INDEX orders_user_id_idx ON orders (user_id);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
