CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);
