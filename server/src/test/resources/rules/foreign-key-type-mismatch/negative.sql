-- serial and integer, bigserial and bigint, varchar and text are the same types; domains are not judged.
CREATE DOMAIN account_id AS bigint;
CREATE TABLE accounts (id bigserial PRIMARY KEY, code varchar(20) NOT NULL UNIQUE);
CREATE TABLE users (id serial PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users ON DELETE RESTRICT,
  account_code text REFERENCES accounts (code) ON DELETE SET NULL,
  billing_account account_id REFERENCES accounts (id) ON DELETE SET NULL
);
