-- fixture: {"rules": {"banned-types": {"options": {"types": {"varchar": "text", "json": "jsonb", "timestamp": "timestamptz", "money": "", "Float": "Decimal"}}}}}
CREATE TABLE notes (
  id bigint PRIMARY KEY,
  title text NOT NULL,
--      ^^^^^^^^^^^^^^^^^^^^^^ banned-types which this project bans; use text instead
  body text,
--     ^^^^^^^^^^^^^ banned-types
  tags text[],
--     ^^^^^^^^^^^^^ banned-types
  meta jsonb,
--     ^^^^ banned-types
  created_at timestamptz NOT NULL,
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^ banned-types
  price money,
--      ^^^^^ banned-types
  score float
);
