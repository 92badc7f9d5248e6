CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
CREATE VIEW user_orders AS SELECT * FROM users JOIN orders USING (id);
--                                ^ select-star view user_orders selects * from table users, table orders
SELECT id, email FROM users WHERE id = ?;
--     ^ select-star
