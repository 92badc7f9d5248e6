BEGIN;
SET LOCAL lock_timeout = '1s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
DROP INDEX orders_user_id_idx;
--         ^^^^^^^^^^^^^^^^^^ require-timeout-settings DROP INDEX orders_user_id_idx waits for a lock on its table, and while it waits every query on it queues behind it; lock_timeout is not in force here (the SET LOCAL before it ended with its transaction on line 4)
