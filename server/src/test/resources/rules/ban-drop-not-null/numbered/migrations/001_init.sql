CREATE TABLE orders (id bigint PRIMARY KEY, shipping_address text NOT NULL, phone text NOT NULL, note text NOT NULL);
