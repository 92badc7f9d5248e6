CREATE TABLE products (
  id bigint PRIMARY KEY,
  unit_price double precision NOT NULL,
--           ^^^^^^^^^^^^^^^^ money-as-float use numeric(12, 2)
  "shippingCost" real,
--               ^^^^ money-as-float
  balance float8 DEFAULT 0,
--        ^^^^^^ money-as-float
  tax FLOAT NOT NULL
--    ^^^^^ money-as-float
);
