-- A table in a database schema nothing here declares is external (Supabase's auth.users).
CREATE TABLE profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  team_id bigint REFERENCES teams,
  manager_id uuid REFERENCES public.profiles (id)
);
-- Declared after the table referencing it.
CREATE TABLE teams (id bigint PRIMARY KEY, name text NOT NULL);
CREATE UNIQUE INDEX teams_lower_name_idx ON teams (lower(name));
-- Columns inherited or copied from a table that is not here, or from a query.
CREATE TABLE archived_teams (archived_at timestamptz) INHERITS (legacy.teams);
CREATE INDEX archived_teams_name_idx ON archived_teams (name);
CREATE TABLE team_copies (LIKE legacy.teams INCLUDING ALL);
ALTER TABLE team_copies ADD PRIMARY KEY (id);
CREATE TABLE team_snapshot AS SELECT * FROM teams;
ALTER TABLE team_snapshot ALTER COLUMN name SET NOT NULL;
-- Names the database made up, objects outside the model, IF EXISTS.
ALTER TABLE profiles DROP CONSTRAINT profiles_team_id_fkey;
DROP INDEX IF EXISTS profiles_team_idx;
DROP INDEX profiles_pkey_old;
DROP SEQUENCE teams_id_seq;
DROP TABLE IF EXISTS old_teams;
ALTER TABLE IF EXISTS old_teams ADD COLUMN x int;
CREATE INDEX profiles_id_idx ON auth.users (id);
