CREATE TABLE payments (id INTEGER PRIMARY KEY, amount NUMERIC NOT NULL);
--                                                    ^^^^ money-as-float integer cents
