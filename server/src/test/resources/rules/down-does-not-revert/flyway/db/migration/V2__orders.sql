CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
