CREATE TABLE audit_events (occurred_at timestamptz NOT NULL, payload jsonb);
--           ^^^^^^^^^^^^ require-primary-key table audit_events has no primary key

CREATE TABLE countries (code text NOT NULL UNIQUE, name text NOT NULL);
--           ^^^^^^^^^ require-primary-key code is unique and NOT NULL and could be the key

-- exempt: temporary tables, views, partitions of a keyed parent
CREATE TEMPORARY TABLE scratch (x int);
CREATE VIEW recent_events AS SELECT * FROM audit_events;
CREATE TABLE measurements (id bigint NOT NULL, taken_at date NOT NULL, PRIMARY KEY (id, taken_at)) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
