CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
UPDATE orders SET status = 'archived' WHERE true;
DELETE FROM orders WHERE id = 1;
INSERT INTO orders (id, status) VALUES (1, 'open');
-- A function body with an unqualified UPDATE is not a data change of the migration itself.
CREATE FUNCTION reset() RETURNS void LANGUAGE sql AS $$ UPDATE orders SET status = 'open' $$;
