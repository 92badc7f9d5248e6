CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  tenant_id bigint NOT NULL,
  handle text NOT NULL,
  CONSTRAINT users_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE UNIQUE INDEX users_email_idx ON users (email);
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);
CREATE TABLE invites (
  id bigint PRIMARY KEY,
  email text NOT NULL REFERENCES users (email) ON DELETE CASCADE,
  handle text REFERENCES users (handle) ON DELETE SET NULL,
  tenant_id bigint NOT NULL,
  inviter_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
  -- Columns in another order than the unique key's.
  CONSTRAINT invites_inviter_fk FOREIGN KEY (tenant_id, inviter_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
