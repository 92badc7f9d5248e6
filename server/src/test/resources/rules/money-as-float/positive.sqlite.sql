CREATE TABLE payments (id INTEGER PRIMARY KEY, amount REAL NOT NULL);
--                                                    ^^^^ money-as-float integer cents
