ALTER TABLE users ADD COLUMN email text;
-- ^0-40 migration-too-large migration 002 (everything) changes 3 existing tables (users, orders, products), more than 2: split it into smaller migrations, one logical change each
ALTER TABLE orders ADD COLUMN note text;
CREATE INDEX CONCURRENTLY products_id_idx ON products (id);
UPDATE orders SET status = 'open' WHERE status IS NULL;
-- ^0-55 migration-too-large changes data as well as the schema of users, orders, products: put the data change in a migration of its own
