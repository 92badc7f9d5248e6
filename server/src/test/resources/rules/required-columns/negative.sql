-- fixture: {"rules": {"required-columns": {"options": {"requirements": [{"tables": "*", "columns": [{"name": "tenant_id", "type": "uuid", "nullable": false}, {"name": "created_at", "type": "timestamp with time zone"}]}, {"tables": "audit_*", "columns": [{"name": "request_id", "type": "text"}]}]}}}}
CREATE TABLE invoices (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE "Webhooks" (id bigint PRIMARY KEY, "tenantId" uuid NOT NULL, "createdAt" timestamptz);
CREATE TABLE audit_events (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, created_at timestamptz, request_id text);
-- the glob is matched against the whole name: "audit_*" does not apply here
CREATE TABLE event_audit (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, created_at timestamptz);
-- temporary tables and partitions are not checked
CREATE TEMPORARY TABLE scratch (id bigint);
CREATE TABLE measurements (id bigint, tenant_id uuid NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW tenants_seen AS SELECT DISTINCT tenant_id FROM invoices;
