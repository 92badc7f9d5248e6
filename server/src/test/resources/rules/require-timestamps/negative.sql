-- Near misses that must stay silent.
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now()
);

-- pagila/sakila spellings
CREATE TABLE customer (
  customer_id integer PRIMARY KEY,
  first_name text NOT NULL,
  create_date date NOT NULL DEFAULT CURRENT_DATE,
  last_update timestamptz NOT NULL DEFAULT now()
);

-- a join table
CREATE TABLE user_roles (
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role_id bigint NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  granted_by text,
  PRIMARY KEY (user_id, role_id)
);

-- a tiny lookup table
CREATE TABLE roles (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TEMPORARY TABLE import_rows (id bigint, payload text, line int);

-- partitions: their parent has (or lacks) the columns
CREATE TABLE measurements (
  id bigint NOT NULL,
  taken_at timestamptz NOT NULL,
  value double precision,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 (
  id bigint NOT NULL,
  taken_at timestamptz NOT NULL,
  value double precision
);
ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- an inheritance child gets its parent's columns
CREATE TABLE special_users (badge text, level int, note text) INHERITS (users);

-- records written once need only one timestamp
CREATE TABLE post_versions (
  id bigint PRIMARY KEY,
  post_id bigint NOT NULL,
  body text NOT NULL,
  updated_at timestamp NOT NULL
);
CREATE TABLE audit_log (id bigint PRIMARY KEY, action text NOT NULL, inserted_at timestamptz NOT NULL DEFAULT now());

-- a domain over a date/time type is not known to be anything else
CREATE DOMAIN utc_timestamp AS timestamptz;
CREATE TABLE notes (id bigint PRIMARY KEY, body text, created_at utc_timestamp NOT NULL, updated_at utc_timestamp NOT NULL);

CREATE VIEW recent_users AS SELECT id, email FROM users;

-- the head noun decides: entries of an audit log, a partitioned table of events
CREATE TABLE audit_log_entries (id bigint PRIMARY KEY, payload jsonb, created_at timestamptz NOT NULL);
CREATE TABLE "TaskEventPartitioned" (id text, message text, "createdAt" timestamp(3) NOT NULL);
