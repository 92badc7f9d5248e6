CREATE TABLE users (id bigint PRIMARY KEY);
-- SET NULL on nullable columns, and other actions on NOT NULL columns (ON UPDATE is not this rule's concern).
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  author_id bigint REFERENCES users (id) ON DELETE SET NULL,
  editor_id bigint NULL,
  owner_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE SET NULL,
  CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL
);
