CREATE TABLE [Log] ([Message] TEXT NOT NULL, [At] DATETIME NOT NULL);
--           ^^^^^ require-primary-key id INTEGER PRIMARY KEY
