CREATE TABLE events (
  id bigint PRIMARY KEY,
  payload jsonb NOT NULL,
--        ^^^^ prefer-jsonb
  history JSONB[] DEFAULT '{}',
--        ^^^^^^ prefer-jsonb
  meta jsonb
--     ^^^^^^^^^^^^^^^ prefer-jsonb
);
ALTER TABLE events ADD COLUMN extra jsonb;
--                                  ^^^^ prefer-jsonb
-- changed by a later statement: reported where the type is written, without a fix (the ALTER is history)
CREATE TABLE logs (id bigint PRIMARY KEY, body text);
ALTER TABLE logs ALTER COLUMN body TYPE json USING body::json;
--                                      ^^^^ prefer-jsonb
