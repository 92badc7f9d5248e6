-- Most tables carry tenant_id: a key is unique per tenant.
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, slug text NOT NULL);
--                                                                                                                 ^^^^ unique-natural-key (tenant_id, slug)
CREATE TABLE labels (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, code text NOT NULL);
--                                                                                                               ^^^^ unique-natural-key
CREATE TABLE tasks (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE, title text NOT NULL);
