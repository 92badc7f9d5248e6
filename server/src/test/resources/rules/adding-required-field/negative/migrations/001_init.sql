CREATE TABLE recipe (id bigint PRIMARY KEY, title text NOT NULL);
ALTER TABLE recipe ADD COLUMN public boolean NOT NULL;
