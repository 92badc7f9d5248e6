CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  placed_at timestamptz NOT NULL,
  status text NOT NULL,
  email text
);

--
-- Name: orders_user_id_idx; Type: INDEX
--

--           ^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX orders_user_id_placed_at_idx ON orders USING btree (user_id, placed_at);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
--           ^^^^^^^^^^^^^ duplicate-index
-- ^0-38 duplicate-index
CREATE UNIQUE INDEX orders_email_key ON orders (lower( email ));
CREATE INDEX orders_status_placed_idx ON orders (status, placed_at DESC);
--                                                                                     ^^^^^^^^^^^^^^^^^ duplicate-index
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
