-- users is declared in another folder (another schema of the workspace).
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
ALTER TABLE users ADD COLUMN note text;
