CREATE TYPE job_state AS ENUM ('pending', 'running', 'done');
CREATE TABLE jobs (
  id bigint PRIMARY KEY,
  processed boolean NOT NULL DEFAULT false,
  state public.job_state NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX jobs_processed_idx ON jobs (processed);
--           ^^^^^^^^^^^^^^^^^^ low-cardinality-index
CREATE INDEX jobs_state_idx ON jobs USING btree (state);
--           ^^^^^^^^^^^^^^ low-cardinality-index
CREATE INDEX ON jobs (processed);
-- ^0-33 low-cardinality-index
