ALTER TABLE products ADD CONSTRAINT products_stock_check CHECK (stock >= 0);

CREATE INDEX orders_pending_created_at_idx ON orders (created_at) WHERE status = 'pending';
