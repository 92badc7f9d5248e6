CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
SELECT id, title FROM posts ORDER BY title LIMIT 10 OFFSET 50000;
--                                                  ^^^^^^^^^^^^ large-offset SELECT id, title FROM posts WHERE (title, id) > (?, ?) ORDER BY title, id LIMIT 10
