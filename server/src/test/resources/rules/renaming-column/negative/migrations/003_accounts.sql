-- a table created (and renamed) by the same migration
CREATE TABLE new_accounts (id bigint PRIMARY KEY, owner text);
ALTER TABLE new_accounts RENAME TO accounts;
ALTER TABLE accounts RENAME COLUMN owner TO owner_name;
