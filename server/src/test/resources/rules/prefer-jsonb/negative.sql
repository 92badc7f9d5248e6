CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL, raw text, json_path text, tags jsonb[]);
