-- fixture: {"rules": {"required-columns": {"options": {"requirements": [{"tables": "*", "columns": [{"name": "tenant_id", "type": "uuid", "nullable": false}]}, {"tables": "audit_*", "columns": [{"name": "request_id", "type": "text"}]}]}}}}
CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
--           ^^^^^^^^ required-columns table invoices has no column tenant_id (uuid, NOT NULL)
CREATE TABLE customers (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
--                                             ^^^^^^^^^ required-columns is bigint, but tables matching "*" must have tenant_id of type uuid
CREATE TABLE orders (id bigint PRIMARY KEY, tenant_id uuid);
--                                          ^^^^^^^^^ required-columns is nullable, but tables matching "*" must have tenant_id NOT NULL
CREATE TABLE audit_events (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, action text NOT NULL);
--           ^^^^^^^^^^^^ required-columns matching "audit_*" must have
CREATE TABLE "AuditLog" (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, request_id varchar(64));
CREATE VIEW invoice_totals AS SELECT id, total FROM invoices;
