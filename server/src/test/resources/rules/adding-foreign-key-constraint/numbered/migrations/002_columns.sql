ALTER TABLE orders ADD COLUMN region_id bigint NOT NULL DEFAULT 1 REFERENCES regions (id);
--                                                                ^^^^^^^^^^^^^^^^^^^^^^^ adding-foreign-key-constraint ADD COLUMN region_id ... REFERENCES regions on orders, a table that exists before this migration, checks every row against regions (the column has a default, so PostgreSQL does not skip the check) while holding ACCESS EXCLUSIVE on orders and SHARE ROW EXCLUSIVE on regions; add the column without REFERENCES, then ADD CONSTRAINT orders_region_id_fkey FOREIGN KEY (region_id) REFERENCES regions NOT VALID, then VALIDATE CONSTRAINT orders_region_id_fkey
ALTER TABLE orders ADD COLUMN coupon_region_id bigint REFERENCES regions (id) ON DELETE SET NULL;
ALTER TABLE orders
    ADD COLUMN shop_id bigint CONSTRAINT orders_shop_id_fkey REFERENCES shops (id),
--                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ adding-foreign-key-constraint (the statement also adds a FOREIGN KEY constraint)
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE public.orders ADD COLUMN legacy_region_id bigint DEFAULT NULL REFERENCES regions;
--                                                                        ^^^^^^^^^^^^^^^^^^ adding-foreign-key-constraint
CREATE TABLE payments (id bigint PRIMARY KEY);
ALTER TABLE payments ADD COLUMN order_id bigint NOT NULL DEFAULT 0 REFERENCES orders (id);
