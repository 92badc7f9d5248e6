-- The parent decides the column types; its partitions (attached as pg_dump writes them, or PARTITION OF) are not repeated.
CREATE TABLE measurements (id bigint NOT NULL, taken_at timestamp NOT NULL) PARTITION BY RANGE (taken_at);
--                                                      ^^^^^^^^^ prefer-timestamptz
CREATE TABLE measurements_2024 (id bigint NOT NULL, taken_at timestamp NOT NULL);
ALTER TABLE ONLY measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
