CREATE TABLE staff (id INTEGER PRIMARY KEY, user_name TEXT NOT NULL, password_hash TEXT NOT NULL);
--                                          ^^^^^^^^^ unique-natural-key
CREATE TABLE articles (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL);
--                                             ^^^^ unique-natural-key
