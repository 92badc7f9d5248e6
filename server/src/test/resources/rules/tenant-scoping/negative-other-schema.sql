-- fixture: {"multiTenancy": {"column": "tenant_id"}}
-- No table of this schema has the configured column: the configuration is meant for another schema of the workspace.
CREATE TABLE metrics (id bigint PRIMARY KEY, metric_name text NOT NULL UNIQUE);
CREATE TABLE samples (id bigint PRIMARY KEY, metric_id bigint NOT NULL REFERENCES metrics (id) ON DELETE CASCADE, taken_at timestamptz NOT NULL);
