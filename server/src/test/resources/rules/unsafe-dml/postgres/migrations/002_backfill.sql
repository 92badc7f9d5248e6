UPDATE orders SET status = 'archived';
-- ^0-6 unsafe-dml UPDATE without WHERE in a migration rewrites every row of table orders; add the WHERE clause meant (WHERE true, if the whole table really is)
update orders set status = (select 'x' where true);
-- ^0-6 unsafe-dml
DELETE FROM public.orders;
-- ^0-6 unsafe-dml DELETE without WHERE in a migration deletes every row of table public.orders
WITH old AS (SELECT id FROM orders WHERE created_at < now()) DELETE FROM orders WHERE id IN (SELECT id FROM old);
UPDATE orders SET status = 'open' WHERE status = '';
