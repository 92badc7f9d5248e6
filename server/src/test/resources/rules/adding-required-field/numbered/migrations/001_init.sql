CREATE TABLE recipe (id bigint PRIMARY KEY, title text NOT NULL);
