-- No configuration: accountId is on every table but accounts.
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, accountId INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, phoneNumber TEXT NOT NULL UNIQUE);
--                                                                                                                                              ^^^^^^ tenant-scoping unique constraint (phoneNumber)
CREATE TABLE deals (id INTEGER PRIMARY KEY, accountId INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, dealCode TEXT NOT NULL);
CREATE UNIQUE INDEX deals_deal_code ON deals (dealCode);
--                  ^^^^^^^^^^^^^^^ tenant-scoping unique index deals_deal_code
CREATE TABLE notes (id INTEGER PRIMARY KEY, accountId INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, body TEXT NOT NULL);
