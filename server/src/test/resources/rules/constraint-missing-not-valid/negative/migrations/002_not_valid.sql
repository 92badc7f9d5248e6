ALTER TABLE users ADD CONSTRAINT users_email_lower CHECK (email = lower(email)) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_lower;
ALTER TABLE orders ADD CONSTRAINT orders_id_user_key UNIQUE (id, user_id);
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_positive_id CHECK (id > 0) NOT VALID;
COMMIT;
ALTER TABLE orders VALIDATE CONSTRAINT orders_positive_id;
