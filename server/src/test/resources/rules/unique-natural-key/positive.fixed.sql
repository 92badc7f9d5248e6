CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
--^^^^^ unique-natural-key add a unique index on (email)
  username varchar(40),
--^^^^^^^^ unique-natural-key
  encrypted_password text NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE products (
  id bigint PRIMARY KEY,
  sku text NOT NULL,
--^^^ unique-natural-key
  "Slug" text
--^^^^^^ unique-natural-key
);
CREATE UNIQUE INDEX products_sku_key ON products (sku);

CREATE TABLE coupons (id bigint PRIMARY KEY, code varchar(20) NOT NULL);
CREATE UNIQUE INDEX coupons_code_key ON coupons (code);
--                                           ^^^^ unique-natural-key
