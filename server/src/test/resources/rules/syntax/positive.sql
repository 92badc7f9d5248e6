CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL,, name text);
--                                                             ^ syntax
CREATE TABLE orders (id bigint PRIMARY KEY);
CREAT INDEX orders_id ON orders (id);
-- ^0-5 syntax
