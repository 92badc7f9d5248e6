CREATE TABLE products (id INTEGER PRIMARY KEY, tag3 TEXT, tag1 TEXT, tag2 TEXT);
--                                             ^^^^ repeating-column-group
