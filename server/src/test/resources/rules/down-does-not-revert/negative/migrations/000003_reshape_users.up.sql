ALTER TABLE users ALTER COLUMN email TYPE varchar(320);
ALTER TABLE users ALTER COLUMN name SET NOT NULL, ALTER COLUMN name SET DEFAULT '';
ALTER TABLE users RENAME COLUMN name TO full_name;
DROP INDEX users_name_idx;
ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');
