-- a column added by the same migration
ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';
ALTER TABLE orders ALTER COLUMN channel DROP NOT NULL;
-- the other way round is not this rule's business
ALTER TABLE orders ALTER COLUMN shipping_address SET NOT NULL;
