CREATE TABLE organization_membership_invitations_awaiting_administrator_review (
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long table name
  id bigint PRIMARY KEY,
  organization_id bigint NOT NULL,
  invited_by_user_id_who_administered_the_organization_at_the_time bigint,
--^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long column name
  CONSTRAINT organization_membership_invitations_organization_id_positive_check CHECK (organization_id > 0)
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long constraint name
);
CREATE INDEX organization_membership_invitations_organization_id_invited_by_idx
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long index name
  ON organization_membership_invitations_awaiting_administrator_review (organization_id, invited_by_user_id_who_administered_the_organization_at_the_time);
CREATE TABLE "überprüfungsergebnisse_der_qualitätssicherung_für_lieferanten_x" (id bigint PRIMARY KEY);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long table name
