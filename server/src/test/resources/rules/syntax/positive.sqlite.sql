CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, CHECK);
--                                                         ^ syntax
