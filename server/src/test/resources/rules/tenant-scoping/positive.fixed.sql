-- fixture: {"multiTenancy": {"column": "tenant_id", "sharedTables": ["plans"]}}
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE plans (id bigint PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE users (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  email text NOT NULL,
--                    ^^^^^^ tenant-scoping unique constraint (email)
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, email)
);
CREATE UNIQUE INDEX users_lower_email_key ON users (tenant_id, lower(email));
--                  ^^^^^^^^^^^^^^^^^^^^^ tenant-scoping unique index users_lower_email_key
CREATE TABLE projects (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  owner_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  slug text NOT NULL,
  api_token text NOT NULL UNIQUE,
  external_id text UNIQUE,
  created_at timestamptz NOT NULL,
  CONSTRAINT projects_slug_key UNIQUE (tenant_id, slug)
--           ^^^^^^^^^^^^^^^^^ tenant-scoping unique constraint (slug)
);
CREATE UNIQUE INDEX projects_tenant_id_slug_key ON projects (tenant_id, slug);
CREATE INDEX projects_created_at_idx ON projects (tenant_id, created_at);
--           ^^^^^^^^^^^^^^^^^^^^^^^ tenant-scoping index projects_created_at_idx (created_at)
CREATE INDEX projects_owner_id_idx ON projects (owner_id);
CREATE INDEX projects_tenant_id_created_at_idx ON projects (tenant_id, created_at);
CREATE TABLE tasks (
--           ^^^^^ tenant-scoping table tasks has
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title text NOT NULL,
  position int NOT NULL,
  UNIQUE (project_id, position)
);
CREATE TABLE project_members (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, user_id)
);
