CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE projects (id bigint PRIMARY KEY, owner_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT);
-- An event log with several id columns and not one foreign key: keyless by design.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  user_id bigint,
  project_id bigint,
  payload jsonb NOT NULL
);
CREATE TABLE runs (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  -- The user lives in the accounts database: the cross-database FK can't hold.
  user_id bigint NOT NULL
);
COMMENT ON COLUMN runs.user_id IS 'no foreign key: users are archived, runs are kept';

-- Partitions take their foreign keys from the parent (pg_dump attaches them).
CREATE TABLE public.payments (
    id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
    paid_at timestamptz NOT NULL
)
PARTITION BY RANGE (paid_at);
CREATE TABLE public.payments_2025 (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    paid_at timestamptz NOT NULL
);
ALTER TABLE ONLY public.payments ATTACH PARTITION public.payments_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.payments_2026 PARTITION OF public.payments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- Audit and version tables keep their rows after the user or post is gone.
CREATE TABLE audit_log_entries (id bigint PRIMARY KEY, user_id bigint, action text NOT NULL);
CREATE TABLE project_versions (id bigint PRIMARY KEY, project_id bigint NOT NULL, data jsonb NOT NULL);
