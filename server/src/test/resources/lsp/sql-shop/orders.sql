CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
--                                     ^ definition: users.sql:1:14
--                                     ^ hover: `users`
--                                     ^ references: users.sql:1:14, orders.sql:3:40
--                                            ^ definition: users.sql:2:5
    total numeric(12, 2) NOT NULL,
--  ^ hover: `orders.total`
--  ^ highlights: 1
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_user_id_idx ON orders (user_id);
--                                          ^ definition: orders.sql:3:5
SELECT 1;

CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES 
--                                      ^ complete: orders, users
    qty int
);
