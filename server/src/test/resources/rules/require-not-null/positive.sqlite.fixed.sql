CREATE TABLE notes (id INTEGER PRIMARY KEY, done BOOLEAN NOT NULL, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
--                                          ^^^^ require-not-null
--                                                        ^^^^^^^^^^ require-not-null
