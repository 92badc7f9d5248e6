-- a column swap that copies the values: the data is kept under the old name
ALTER TABLE users ADD COLUMN status_new integer;
UPDATE users SET status_new = CASE status WHEN 'active' THEN 1 ELSE 0 END;
ALTER TABLE users DROP COLUMN status;
ALTER TABLE users RENAME COLUMN status_new TO status;
-- a column added by the same migration
ALTER TABLE users ADD COLUMN scratch text;
ALTER TABLE users DROP COLUMN scratch;
