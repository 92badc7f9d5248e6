CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  author_id bigint REFERENCES users (id) ON DELETE SET NULL,
--                                                ^^^^^^^^^^^^^^^^^^ on-delete-set-null-not-null column posts.author_id is NOT NULL
  editor_id bigint CHECK (editor_id > 0),
  CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) on delete set null on update cascade
--                                                                         ^^^^^^^^^^^^^^^^^^ on-delete-set-null-not-null deleting a referenced users row fails instead
);
-- The key column is part of the primary key: it cannot become nullable, so only CASCADE and RESTRICT are offered.
CREATE TABLE memberships (
  user_id bigint REFERENCES users (id) ON DELETE CASCADE,
--                                     ^^^^^^^^^^^^^^^^^^ on-delete-set-null-not-null
  team_id bigint NOT NULL,
  PRIMARY KEY (user_id, team_id)
);
