CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT);
-- ^0-55 migration-modified from line 2
