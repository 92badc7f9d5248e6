CREATE TABLE staff (id INTEGER PRIMARY KEY, user_name TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE UNIQUE INDEX staff_user_name_key ON staff (user_name);
--                                          ^^^^^^^^^ unique-natural-key
CREATE TABLE articles (id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL);
CREATE UNIQUE INDEX articles_slug_key ON articles (slug);
--                                             ^^^^ unique-natural-key
