CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  archived boolean NOT NULL,
--^^^^^^^^ suggest-default is a boolean that has no default, so every insert must set it
  status order_status NOT NULL,
--^^^^^^ suggest-default DEFAULT 'pending'
  created_at timestamptz NOT NULL,
--^^^^^^^^^^ suggest-default
  inserted_at timestamp(6) without time zone
--^^^^^^^^^^^ suggest-default so a row that does not set it gets NULL
);

CREATE TABLE shipments (
  id bigint PRIMARY KEY,
  delivery_state text NOT NULL CHECK (delivery_state IN ('label_created', 'in_transit', 'delivered')),
--^^^^^^^^^^^^^^ suggest-default DEFAULT 'label_created'
  "createdAt" timestamptz NOT NULL
--^^^^^^^^^^^ suggest-default
);
