-- No configuration: org_id is on every table but the organizations table, so it is the tenant column. Only unique
-- keys are checked then; tables without it and indexes are not reported in detected mode.
CREATE TABLE organizations (id bigint PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, email text NOT NULL,
  CONSTRAINT members_email_key UNIQUE (org_id, email));
--           ^^^^^^^^^^^^^^^^^ tenant-scoping unique constraint (email)
CREATE TABLE invoices (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, invoice_number text NOT NULL,
  UNIQUE (org_id, invoice_number));
CREATE TABLE webhooks (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, url text NOT NULL);
CREATE INDEX webhooks_url_idx ON webhooks (url);
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL UNIQUE);
