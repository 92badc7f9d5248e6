CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  status text NOT NULL,
  email text,
  code text COLLATE "C",
  tags text[],
  placed_at timestamptz NOT NULL,
  total numeric NOT NULL
);

-- a partial index covers other rows; a partial index does not cover a full one
CREATE INDEX orders_pending_idx ON orders (user_id) WHERE status = 'pending';
CREATE INDEX orders_status_placed_at_idx ON orders (status, placed_at) WHERE total > 0;
CREATE INDEX orders_status_idx ON orders (status);

-- two unique indexes each enforce something (and stay)
CREATE UNIQUE INDEX orders_email_key ON orders (email);
CREATE UNIQUE INDEX orders_email_key2 ON orders (email);

-- direction, operator class, collation, method and key order differ
CREATE INDEX orders_placed_at_desc_idx ON orders (placed_at DESC);
CREATE INDEX orders_placed_at_total_idx ON orders (placed_at, total);
CREATE INDEX orders_email_pattern_idx ON orders (email text_pattern_ops);
CREATE INDEX orders_code_idx ON orders (code COLLATE "en_US");
CREATE INDEX orders_code_c_idx ON orders (code, id);
CREATE INDEX orders_tags_idx ON orders USING gin (tags);
CREATE INDEX orders_user_id_hash_idx ON orders USING hash (user_id);
CREATE INDEX orders_total_user_idx ON orders (total, user_id);
CREATE INDEX orders_user_total_idx ON orders (user_id, total);

-- INCLUDE columns the longer index does not have
CREATE INDEX orders_status_covering_idx ON orders (id) INCLUDE (status);

-- expressions are compared by text
CREATE INDEX orders_lower_email_idx ON orders (lower(email));
CREATE INDEX orders_upper_email_idx ON orders (upper(email), id);

-- the same columns on another table
CREATE TABLE archived_orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total numeric);
CREATE INDEX archived_orders_user_id_idx ON archived_orders (user_id);
