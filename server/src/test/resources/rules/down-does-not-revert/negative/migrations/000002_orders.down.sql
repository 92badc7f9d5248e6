ALTER TABLE users DROP CONSTRAINT users_email_key;
DROP TABLE IF EXISTS orders;
DROP TYPE order_status;
