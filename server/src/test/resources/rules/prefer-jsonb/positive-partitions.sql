-- The parent is reported once, without the safe fix: its attached partition repeats the type, and the ATTACH would fail.
CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, payload json) PARTITION BY RANGE (at);
--                                                                        ^^^^ prefer-jsonb
CREATE TABLE events_2024 (id bigint NOT NULL, at timestamptz NOT NULL, payload json);
ALTER TABLE ONLY events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
