CREATE TABLE users (id bigint PRIMARY KEY, user_id bigint, external_id text);
CREATE TABLE teams (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE comments (
  id bigint PRIMARY KEY,
  -- A polymorphic reference: the table is named by the _type column.
  commentable_id bigint NOT NULL,
  commentable_type text NOT NULL,
  -- Already a foreign key, as part of a composite one.
  team_id bigint NOT NULL,
  author_id bigint NOT NULL,
  -- The key is a bigint: a text column cannot reference it.
  user_id text,
  -- No table of that name.
  stripe_customer_id text,
  tenant_id bigint,
  FOREIGN KEY (team_id, author_id) REFERENCES team_members (team_id, user_id) ON DELETE CASCADE
);
CREATE TABLE team_members (
  team_id bigint NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, user_id)
);
-- A reference to a table with a composite key cannot be a single-column foreign key.
CREATE TABLE invitations (id bigint PRIMARY KEY, team_member_id bigint);
