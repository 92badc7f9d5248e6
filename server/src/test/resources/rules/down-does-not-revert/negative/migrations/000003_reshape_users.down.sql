ALTER TABLE users DROP CONSTRAINT users_email_check;
CREATE INDEX users_name_index ON users USING btree (full_name);
ALTER TABLE users RENAME COLUMN full_name TO name;
ALTER TABLE users ALTER COLUMN name DROP DEFAULT, ALTER COLUMN name DROP NOT NULL;
ALTER TABLE users ALTER COLUMN email TYPE text;
