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

CREATE INDEX orders_user_id_idx ON orders (user_id);
--           ^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX orders_user_id_placed_at_idx ON orders USING btree (user_id, placed_at);
CREATE INDEX orders_user_id_placed_at_idx2 ON orders (user_id, placed_at);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX orders_id_idx ON orders (id);
--           ^^^^^^^^^^^^^ duplicate-index
CREATE INDEX ON orders (lower(email));
-- ^0-38 duplicate-index
CREATE UNIQUE INDEX orders_email_key ON orders (lower( email ));
CREATE INDEX orders_status_placed_idx ON orders (status, placed_at DESC); CREATE INDEX orders_status_idx ON orders (status);
--                                                                                     ^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX orders_status_placed_desc_idx ON orders (status, placed_at DESC NULLS FIRST);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
