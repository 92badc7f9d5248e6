CREATE TABLE [transaction] ([id] INTEGER PRIMARY KEY, [index] INTEGER NOT NULL, "group" TEXT, [key] TEXT, [rank] INTEGER);
--           ^^^^^^^^^^^^^ reserved-word table name transaction
--                                                    ^^^^^^^ reserved-word column name transaction.index
--                                                                              ^^^^^^^ reserved-word column name transaction.group
