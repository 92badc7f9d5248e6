CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, status text);
CREATE TABLE products (id bigint PRIMARY KEY);
