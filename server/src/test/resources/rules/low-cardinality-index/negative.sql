CREATE TYPE priority AS ENUM ('p0', 'p1', 'p2', 'p3', 'p4');
CREATE TYPE job_state AS ENUM ('pending', 'running', 'done');
CREATE TABLE jobs (
  id bigint PRIMARY KEY,
  processed boolean NOT NULL DEFAULT false,
  state job_state NOT NULL,
  priority priority NOT NULL,
  flags boolean[],
  created_at timestamptz NOT NULL
);
-- partial, composite, unique, expression, many values, arrays, other methods: all fine
CREATE INDEX jobs_pending_idx ON jobs (created_at) WHERE NOT processed;
CREATE INDEX jobs_processed_partial_idx ON jobs (processed) WHERE processed = false;
CREATE INDEX jobs_processed_created_idx ON jobs (processed, created_at);
CREATE INDEX jobs_state_created_idx ON jobs (state, created_at);
CREATE UNIQUE INDEX jobs_one_running_idx ON jobs (state) WHERE state = 'running';
CREATE INDEX jobs_priority_idx ON jobs (priority);
CREATE INDEX jobs_not_processed_idx ON jobs ((NOT processed));
CREATE INDEX jobs_flags_idx ON jobs USING gin (flags);
CREATE INDEX jobs_processed_brin_idx ON jobs USING brin (processed);
