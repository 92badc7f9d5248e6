CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT);
CREATE INDEX orders_user_id_created_idx ON orders (user_id, id DESC);
CREATE TABLE memberships (user_id bigint REFERENCES users (id) ON DELETE CASCADE, group_id bigint REFERENCES groups (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, group_id));
CREATE INDEX memberships_group_idx ON memberships (group_id);
CREATE TABLE groups (id bigint PRIMARY KEY);
