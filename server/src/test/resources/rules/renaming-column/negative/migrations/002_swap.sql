-- a column swap: the new column takes the old name in the same migration
ALTER TABLE users ADD COLUMN name_tmp varchar(200);
UPDATE users SET name_tmp = name;
ALTER TABLE users DROP COLUMN name;
ALTER TABLE users RENAME COLUMN name_tmp TO name;
-- a column added by the same migration
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users RENAME COLUMN nickname TO handle;
