ALTER TABLE users ADD COLUMN name varchar(100), ADD INDEX users_email_idx (email);
