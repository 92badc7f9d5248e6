-- Words PostgreSQL does not reserve (key, name, type, value, position, year), names that only contain a
-- reserved word, and quoted names with capitals, which must be quoted for their case anyway.
CREATE TABLE "User" (id bigint PRIMARY KEY, "Order" int NOT NULL);
CREATE TABLE settings (
  key text PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL,
  value text,
  position int NOT NULL,
  year int,
  user_id bigint,
  order_total numeric,
  group_name text
);
CREATE INDEX settings_user_id_idx ON settings (user_id);
