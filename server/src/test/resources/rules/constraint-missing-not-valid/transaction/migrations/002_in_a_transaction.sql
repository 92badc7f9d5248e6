BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid VALIDATE CONSTRAINT orders_user_id_fkey on orders runs in the same transaction as the ADD CONSTRAINT ... NOT VALID that added it
ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');
--                               ^^^^^^^^^^^^^^^^^ constraint-missing-not-valid then VALIDATE CONSTRAINT users_email_check in a later migration
COMMIT;
