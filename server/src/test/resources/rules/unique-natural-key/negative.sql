-- Covered keys, and columns that are not natural keys where they are.
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  username text NOT NULL UNIQUE,
  handle text,
  password_hash text NOT NULL,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_handle_key ON users (handle) WHERE deleted_at IS NULL;

-- a copy of the customer's email, not a key
CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL, code integer NOT NULL);

-- unique within a project
CREATE TABLE pages (id bigint PRIMARY KEY, project_id bigint NOT NULL, slug text NOT NULL, UNIQUE (project_id, slug));

-- history rows repeat the key of the row they copy
CREATE TABLE page_versions (id bigint PRIMARY KEY, page_id bigint NOT NULL, slug text NOT NULL);

-- a reference to another table's code
CREATE TABLE currencies (code char(3) PRIMARY KEY);
CREATE TABLE prices (id bigint PRIMARY KEY, code char(3) NOT NULL REFERENCES currencies (code) ON DELETE RESTRICT);

-- join table
CREATE TABLE tags (id bigint PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE page_tags (
  page_id bigint NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  code text,
  PRIMARY KEY (page_id, tag_id)
);
