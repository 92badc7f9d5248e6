CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
CREATE VIEW recent_events AS SELECT * FROM events;
