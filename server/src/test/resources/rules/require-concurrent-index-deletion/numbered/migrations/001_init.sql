CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_email_idx ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_lower_email_idx ON users (lower(email));
CREATE INDEX users_id_name_idx ON users (id, name);
