-- Exact types, and floats that are not money.
CREATE TABLE order_lines (
  id bigint PRIMARY KEY,
  unit_price numeric(12, 2) NOT NULL,
  amount_cents bigint NOT NULL,
  discount real NOT NULL,
  tax_rate double precision NOT NULL,
  latitude double precision,
  weight real,
  cost_in_cents double precision,
  price_history double precision[]
);
