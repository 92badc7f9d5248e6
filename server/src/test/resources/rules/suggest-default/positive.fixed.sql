CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  archived boolean NOT NULL DEFAULT false,
--^^^^^^^^ suggest-default is a boolean that has no default, so every insert must set it
  status order_status NOT NULL DEFAULT 'pending',
--^^^^^^ suggest-default DEFAULT 'pending'
  created_at timestamptz NOT NULL DEFAULT now(),
--^^^^^^^^^^ suggest-default
  inserted_at timestamp(6) without time zone DEFAULT now()
--^^^^^^^^^^^ suggest-default so a row that does not set it gets NULL
);

CREATE TABLE shipments (
  id bigint PRIMARY KEY,
  delivery_state text NOT NULL CHECK (delivery_state IN ('label_created', 'in_transit', 'delivered')) DEFAULT 'label_created',
--^^^^^^^^^^^^^^ suggest-default DEFAULT 'label_created'
  "createdAt" timestamptz NOT NULL DEFAULT now()
--^^^^^^^^^^^ suggest-default
);
