CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_id integer, nickname text, status text, score integer);
