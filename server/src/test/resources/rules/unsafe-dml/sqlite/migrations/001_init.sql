CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL);
UPDATE orders SET status = 'x';
-- ^0-6 unsafe-dml
