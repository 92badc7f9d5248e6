CREATE TABLE audit_events (occurred_at timestamptz NOT NULL, payload jsonb);
--           ^^^^^^^^^^^^ require-primary-key table audit_events has no primary key

CREATE TABLE countries (code text NOT NULL UNIQUE, name text NOT NULL);
--           ^^^^^^^^^ require-primary-key code is unique and NOT NULL and could be the key

-- exempt: temporary tables, views, partitions of a keyed parent
CREATE TEMPORARY TABLE scratch (x int);
CREATE VIEW recent_events AS SELECT * FROM audit_events;
CREATE TABLE measurements (id bigint NOT NULL, taken_at date NOT NULL, PRIMARY KEY (id, taken_at)) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- a partition detached from its parent is a table of its own again
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE logs_2020 (id bigint NOT NULL, at date NOT NULL);
--           ^^^^^^^^^ require-primary-key table logs_2020 has no primary key
ALTER TABLE logs ATTACH PARTITION logs_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
ALTER TABLE logs DETACH PARTITION logs_2020;
