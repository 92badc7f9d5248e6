CREATE TABLE events (
  id bigint PRIMARY KEY,
  payload json NOT NULL,
--        ^^^^ prefer-jsonb
  history JSON[] DEFAULT '{}',
--        ^^^^^^ prefer-jsonb
  meta pg_catalog.json
--     ^^^^^^^^^^^^^^^ prefer-jsonb
);
ALTER TABLE events ADD COLUMN extra json;
--                                  ^^^^ prefer-jsonb
-- changed by a later statement: reported where the type is written, without a fix (the ALTER is history)
CREATE TABLE logs (id bigint PRIMARY KEY, body text);
ALTER TABLE logs ALTER COLUMN body TYPE json USING body::json;
--                                      ^^^^ prefer-jsonb
