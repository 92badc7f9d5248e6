SET LOCAL lock_timeout = '1s';
	CREATE INDEX orders_id_user_id_idx ON orders (id, user_id);
--            ^^^^^^^^^^^^^^^^^^^^^ require-timeout-settings (SET LOCAL on line 1 has no effect outside a transaction)
