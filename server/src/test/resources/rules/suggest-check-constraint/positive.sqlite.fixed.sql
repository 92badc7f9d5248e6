CREATE TABLE people (id INTEGER PRIMARY KEY, age INTEGER CHECK (age >= 0), status TEXT NOT NULL DEFAULT 'active');
--                                           ^^^ suggest-check-constraint
--                                                        ^^^^^^ suggest-check-constraint
