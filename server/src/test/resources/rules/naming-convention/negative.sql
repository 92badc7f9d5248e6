-- A consistent snake_case, plural schema with the names that must not stray: single words (both snake_case and
-- camelCase), a tool's own _table, mass nouns (metadata, media) and collections (audit_log, order_history), words
-- ending in ss/us/is, a join table named after its pair, a partition, and unquoted capitals, which PostgreSQL folds
-- to lower case.
CREATE TABLE users (id bigint CONSTRAINT users_pkey PRIMARY KEY, email text NOT NULL, display_name text NOT NULL, createdAt timestamptz);
CREATE TABLE Categories (id bigint CONSTRAINT categories_pkey PRIMARY KEY, category_name text NOT NULL);
CREATE TABLE posts (
  id bigint CONSTRAINT posts_pkey PRIMARY KEY,
  author_id bigint NOT NULL CONSTRAINT posts_author_id_fkey REFERENCES users (id) ON DELETE CASCADE,
  category_id bigint CONSTRAINT posts_category_id_fkey REFERENCES categories (id) ON DELETE SET NULL,
  title text NOT NULL,
  published_at timestamptz
);
CREATE TABLE tags (id bigint CONSTRAINT tags_pkey PRIMARY KEY, tag_label text NOT NULL);
CREATE TABLE post_tag (
  post_id bigint NOT NULL CONSTRAINT post_tag_post_id_fkey REFERENCES posts (id) ON DELETE CASCADE,
  tag_id bigint NOT NULL CONSTRAINT post_tag_tag_id_fkey REFERENCES tags (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  CONSTRAINT post_tag_pkey PRIMARY KEY (post_id, tag_id)
);
CREATE TABLE email_addresses (id bigint PRIMARY KEY, user_id bigint NOT NULL, verified_at timestamptz);
CREATE TABLE order_statuses (id bigint PRIMARY KEY, status_name text NOT NULL);
CREATE TABLE user_media (id bigint PRIMARY KEY, user_id bigint NOT NULL, file_path text NOT NULL);
CREATE TABLE ar_internal_metadata (key text PRIMARY KEY, value text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
CREATE TABLE audit_log (id bigint PRIMARY KEY, event_name text NOT NULL, occurred_at timestamptz NOT NULL);
CREATE TABLE order_history (id bigint PRIMARY KEY, order_id bigint NOT NULL, changed_at timestamptz NOT NULL);
CREATE TABLE _migration_locks (lock_key text PRIMARY KEY);
CREATE TABLE page_views (id bigint NOT NULL, viewed_at timestamptz NOT NULL) PARTITION BY RANGE (viewed_at);
CREATE TABLE page_views_2024_q1 PARTITION OF page_views FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE INDEX posts_category_id_idx ON posts (category_id);
CREATE INDEX post_tag_tag_id_idx ON post_tag (tag_id);
CREATE INDEX email_addresses_user_id_idx ON email_addresses (user_id);
CREATE INDEX user_media_user_id_idx ON user_media (user_id);
CREATE INDEX PostsByTitle ON posts (title);
