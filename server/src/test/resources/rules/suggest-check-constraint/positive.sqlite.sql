CREATE TABLE people (id INTEGER PRIMARY KEY, age INTEGER, status TEXT NOT NULL DEFAULT 'active');
--                                           ^^^ suggest-check-constraint
--                                                        ^^^^^^ suggest-check-constraint
