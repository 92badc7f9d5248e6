CREATE TABLE projects (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE runs (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL,
  CONSTRAINT runs_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
);
CREATE TABLE tags (id bigint PRIMARY KEY, run_id bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE);
