CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status order_status NOT NULL DEFAULT 'new',
    note varchar(100) DEFAULT 'none',
    total numeric(12,2) NOT NULL DEFAULT 0
);
CREATE INDEX orders_pending_idx ON orders (user_id) WHERE status = 'new';
CREATE VIEW open_orders AS SELECT * FROM orders WHERE status = 'new';
