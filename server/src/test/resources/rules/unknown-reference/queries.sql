CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, "displayName" text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12, 2) NOT NULL);

SELECT id, email FROM usres WHERE id = $1;
--                    ^^^^^ unknown-reference this query names unknown table usres; did you mean users?
SELECT u.id, u.emial FROM users u WHERE u.id = $1;
--             ^^^^^ unknown-reference this query names unknown column emial of table users; did you mean email?
SELECT id FROM orders WHERE totl > 100;
--                          ^^^^ unknown-reference this query names unknown column totl of table orders; did you mean total?
UPDATE orders SET totl = 0 WHERE id = $1;
--                ^^^^ unknown-reference unknown column totl of table orders
INSERT INTO orders (id, user_id, totl) VALUES ($1, $2, $3);
--                               ^^^^ unknown-reference unknown column totl of table orders
SELECT "displayName", "emails" FROM users;
--                    ^^^^^^^^ unknown-reference this query names unknown column emails of table users; did you mean email?
CREATE VIEW order_totals AS SELECT o.user_id, sum(o.amount) AS total FROM orders o GROUP BY o.user_id;
--                                                  ^^^^^^ unknown-reference view order_totals names unknown column amount of table orders
CREATE VIEW big_spenders AS SELECT user_id FROM order_total WHERE total > 1000;
--                                              ^^^^^^^^^^^ unknown-reference view big_spenders names unknown table order_total; did you mean order_totals?
