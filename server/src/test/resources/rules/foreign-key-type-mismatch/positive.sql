CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, public_id uuid NOT NULL UNIQUE);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
--^^^^^^^ foreign-key-type-mismatch column orders.user_id is integer but references users.id, which is
  customer_ref text REFERENCES users (public_id) ON DELETE SET NULL
--^^^^^^^^^^^^ foreign-key-type-mismatch column orders.customer_ref is text but references users.public_id,
);
CREATE TABLE order_lines (
  order_id int4 NOT NULL,
--^^^^^^^^ foreign-key-type-mismatch column order_lines.order_id is int4 but references orders.id, which
  line smallint NOT NULL,
  PRIMARY KEY (order_id, line),
  CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders ON DELETE CASCADE
);
CREATE TABLE shipments (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL,
  line integer NOT NULL,
  CONSTRAINT shipments_line_fk FOREIGN KEY (order_id, line) REFERENCES order_lines (order_id, line) ON DELETE CASCADE
--           ^^^^^^^^^^^^^^^^^ foreign-key-type-mismatch foreign key (order_id, line) of table shipments has columns of other
);
