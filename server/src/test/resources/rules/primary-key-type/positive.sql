CREATE TABLE users (
  id serial PRIMARY KEY,
--   ^^^^^^ primary-key-type primary key column users.id is serial, which runs out after 2,147,483,647 ids
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  signed_up_at timestamptz NOT NULL
);
CREATE TABLE orders (
  id integer GENERATED ALWAYS AS IDENTITY,
--   ^^^^^^^ primary-key-type primary key column orders.id is integer, which runs out after 2,147,483,647 ids
  user_id integer NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  placed_at timestamptz NOT NULL,
  CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE TABLE order_lines (
  order_id integer NOT NULL REFERENCES orders ON DELETE CASCADE,
  line smallint NOT NULL,
  PRIMARY KEY (order_id, line)
);
-- A 1:1 extension shares its parent's key: widened together with it.
CREATE TABLE user_settings (
  user_id int4 PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  theme text
);
CREATE TABLE user_setting_audits (
  id bigint PRIMARY KEY,
  settings_id integer NOT NULL REFERENCES user_settings (user_id) ON DELETE CASCADE
);
-- Three columns, but nothing references it: an event log grows.
CREATE TABLE events (id SMALLINT PRIMARY KEY, payload jsonb, received_at timestamptz);
--                      ^^^^^^^^ primary-key-type primary key column events.id is SMALLINT, which runs out after 32,767 ids and
