CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
--                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ require-fk-index
  placed_at timestamptz NOT NULL
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX orders_placed_at_idx ON orders (placed_at, user_id);
CREATE TABLE order_items (order_id bigint NOT NULL, line int NOT NULL, product_id bigint NOT NULL,
  PRIMARY KEY (order_id, line),
  FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT order_items_product_fk FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE RESTRICT);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);
--           ^^^^^^^^^^^^^^^^^^^^^^ require-fk-index
CREATE TABLE products (id bigint PRIMARY KEY);
