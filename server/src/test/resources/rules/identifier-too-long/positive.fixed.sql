CREATE TABLE organization_membership_invitations_awaiting_administrat_cba506 (
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long table name
  id bigint PRIMARY KEY,
  organization_id bigint NOT NULL,
  invited_by_user_id_who_administered_the_organization_at_d278b9 bigint,
--^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long column name
  CONSTRAINT organization_membership_invitations_organization_id_posi_73af21 CHECK (organization_id > 0)
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long constraint name
);
CREATE INDEX organization_membership_invitations_organization_id_invi_a0ed0d
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long index name
  ON organization_membership_invitations_awaiting_administrat_cba506 (organization_id, invited_by_user_id_who_administered_the_organization_at_d278b9);
CREATE TABLE "überprüfungsergebnisse_der_qualitätssicherung_für_li_e57750" (id bigint PRIMARY KEY);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long table name
