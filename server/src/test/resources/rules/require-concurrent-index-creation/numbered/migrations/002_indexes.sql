CREATE INDEX users_email_idx ON users (email);
--           ^^^^^^^^^^^^^^^ require-concurrent-index-creation CREATE INDEX of index users_email_idx on users, a table that exists before this migration, blocks writes to it (SHARE lock) until the index is built; use CREATE INDEX CONCURRENTLY
create unique index if not exists orders_id_user_idx on public.orders (id, user_id);
--                                ^^^^^^^^^^^^^^^^^^ require-concurrent-index-creation
CREATE INDEX CONCURRENTLY users_email_lower_idx ON users (lower(email));
CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE);
CREATE INDEX items_order_id_idx ON items (order_id);
