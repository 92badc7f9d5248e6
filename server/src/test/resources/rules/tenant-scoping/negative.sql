-- No configuration and no column on 60% of the tables: not a multi-tenant schema as far as anyone can tell.
CREATE TABLE organizations (id bigint PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE projects (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, slug text NOT NULL UNIQUE);
CREATE TABLE environments (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, api_key text NOT NULL UNIQUE);
CREATE TABLE deployments (id bigint PRIMARY KEY, environment_id bigint NOT NULL REFERENCES environments (id) ON DELETE CASCADE, version text NOT NULL);
CREATE TABLE runs (id bigint PRIMARY KEY, deployment_id bigint NOT NULL REFERENCES deployments (id) ON DELETE CASCADE, status text NOT NULL);
