-- fixture: {"rules": {"require-primary-key": "error"}}
-- schemawise-disable-next-line require-primary-key -- an append-only log, keyed by its position
CREATE TABLE audit (at timestamptz NOT NULL);
CREATE TABLE legacy (x int); -- schemawise-disable-line require-primary-key
