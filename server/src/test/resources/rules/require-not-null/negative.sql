CREATE TABLE posts (id bigint PRIMARY KEY, published boolean NOT NULL DEFAULT false, subtitle text, deleted_at timestamptz);
-- changed again later: nullability follows the last statement
CREATE TABLE flags (id int PRIMARY KEY, enabled boolean);
ALTER TABLE flags ALTER COLUMN enabled SET NOT NULL;

-- an optional parent whose children go with it: NULL (no parent) is a legitimate state
CREATE TABLE challenges (
  id bigint PRIMARY KEY,
  user_id bigint REFERENCES users (id) ON DELETE CASCADE
);
