CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, tenant_id bigint NOT NULL);
CREATE UNIQUE INDEX users_active_email_idx ON users (email) WHERE tenant_id > 0;
CREATE TABLE audit_log (occurred_at timestamptz NOT NULL, actor text);
CREATE TABLE invites (
  id bigint PRIMARY KEY,
  email text NOT NULL REFERENCES users (email) ON DELETE CASCADE,
--                                     ^^^^^^^ foreign-key-target-not-unique foreign key (email) of table invites references users (email), which is neither
  tenant_id bigint NOT NULL,
  inviter_id bigint NOT NULL,
  CONSTRAINT invites_inviter_fk FOREIGN KEY (tenant_id, inviter_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
--                                                                                   ^^^^^^^^^^^^^^^ foreign-key-target-not-unique foreign key (tenant_id, inviter_id) of table invites references users
  CONSTRAINT invites_audit_fk FOREIGN KEY (inviter_id) REFERENCES audit_log ON DELETE CASCADE
--                                                                ^^^^^^^^^ foreign-key-target-not-unique foreign key (inviter_id) of table invites references audit_log without a column
);
