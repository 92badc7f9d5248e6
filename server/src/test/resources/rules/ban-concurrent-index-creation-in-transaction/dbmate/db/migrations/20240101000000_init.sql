-- migrate:up
CREATE TABLE orders (id bigint PRIMARY KEY, status text);

-- migrate:down
DROP TABLE orders;
