-- fixture: {"multiTenancy": {"column": "tenant_id", "sharedTables": ["public.countries", "users"]}}
-- A well-scoped schema: every key and index includes the tenant, or is unique by nature (identifiers, tokens,
-- domains, keys within a scoped parent), or serves a foreign key; shared tables, the tenant table and join tables
-- need no tenant column. Tables whose rows are found before the tenant is known (by a presented key or token, or by
-- host name) keep global keys and lookups.
CREATE TABLE tenants (id bigint PRIMARY KEY, subdomain text NOT NULL UNIQUE);
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE memberships (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  UNIQUE (tenant_id, user_id)
);
CREATE INDEX memberships_user_id_idx ON memberships (user_id);
CREATE TABLE projects (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  public_id uuid NOT NULL UNIQUE,
  invite_token text NOT NULL UNIQUE,
  custom_domain text UNIQUE,
  slug text NOT NULL,
  search tsvector,
  CONSTRAINT projects_tenant_slug_key UNIQUE (tenant_id, slug)
);
CREATE INDEX projects_search_idx ON projects USING gin (search);
CREATE UNIQUE INDEX projects_tenant_lower_slug_key ON projects (tenant_id, lower(slug));
CREATE TABLE tasks (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  position int NOT NULL,
  UNIQUE (project_id, position)
);
CREATE INDEX tasks_position_project_idx ON tasks (position, project_id);
CREATE TABLE project_watchers (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (project_id, user_id)
);
CREATE TABLE api_keys (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  key_prefix text NOT NULL UNIQUE
);
CREATE INDEX api_keys_key_prefix_idx ON api_keys (key_prefix);
CREATE TABLE oauth_codes (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, code text NOT NULL UNIQUE);
CREATE TABLE custom_domains (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, slug text NOT NULL UNIQUE);
CREATE TABLE monitors (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, check_url text NOT NULL);
CREATE TABLE monitors_to_projects (
  monitor_id bigint NOT NULL REFERENCES monitors (id) ON DELETE CASCADE,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  sort_order int NOT NULL,
  PRIMARY KEY (monitor_id, project_id)
);
CREATE TABLE audit_events (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  external_request_id text
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events_external_request_id_idx ON audit_events (external_request_id);
