CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
--^^^^^ unique-natural-key add a unique index on (email)
  username varchar(40),
--^^^^^^^^ unique-natural-key
  encrypted_password text NOT NULL
);

CREATE TABLE products (
  id bigint PRIMARY KEY,
  sku text NOT NULL,
--^^^ unique-natural-key
  "Slug" text
--^^^^^^ unique-natural-key
);

CREATE TABLE coupons (id bigint PRIMARY KEY, code varchar(20) NOT NULL);
--                                           ^^^^ unique-natural-key
