CREATE TABLE products (
  id bigint PRIMARY KEY,
  unit_price numeric(12, 2) NOT NULL,
--           ^^^^^^^^^^^^^^^^ money-as-float use numeric(12, 2)
  "shippingCost" numeric(12, 2),
--               ^^^^ money-as-float
  balance numeric(12, 2) DEFAULT 0,
--        ^^^^^^ money-as-float
  tax NUMERIC(12, 2) NOT NULL
--    ^^^^^ money-as-float
);
