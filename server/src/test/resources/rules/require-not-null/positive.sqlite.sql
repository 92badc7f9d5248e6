CREATE TABLE notes (id INTEGER PRIMARY KEY, done BOOLEAN, created_at DATETIME DEFAULT CURRENT_TIMESTAMP);
--                                          ^^^^ require-not-null
--                                                        ^^^^^^^^^^ require-not-null
