-- Defaults already there, and near misses that are not booleans, creation timestamps or statuses with known values.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE people (
  id bigint PRIMARY KEY,
  active boolean NOT NULL DEFAULT true,
  flags boolean[] NOT NULL,
  is_admin boolean GENERATED ALWAYS AS (id = 1) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_on date NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz,
  status text NOT NULL,
  review_status text CHECK (review_status <> ''),
  mood mood NOT NULL,
  state mood NOT NULL DEFAULT 'ok'
);

-- a postal address: its state is a place, not a lifecycle
CREATE TYPE us_state AS ENUM ('AK', 'AL', 'AZ');
CREATE TABLE addresses (id bigint PRIMARY KEY, street text NOT NULL, city text NOT NULL, state us_state NOT NULL);

-- versions copy the flags and statuses of the row they record
CREATE TABLE post_versions (id bigint PRIMARY KEY, is_locked boolean NOT NULL, status mood NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

-- a trigger fills it in
CREATE TABLE notes (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
CREATE FUNCTION notes_created_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER notes_created_at BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_created_at();
