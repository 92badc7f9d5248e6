-- fixture: {"rules": {"banned-types": {"options": {"types": {"varchar": "text", "json": "jsonb", "timestamp": "timestamptz", "money": "", "Float": "Decimal"}}}}}
CREATE TABLE notes (
  id bigint PRIMARY KEY,
  title character varying(200) NOT NULL,
--      ^^^^^^^^^^^^^^^^^^^^^^ banned-types which this project bans; use text instead
  body VARCHAR(4000),
--     ^^^^^^^^^^^^^ banned-types
  tags varchar(20)[],
--     ^^^^^^^^^^^^^ banned-types
  meta json,
--     ^^^^ banned-types
  created_at timestamp without time zone NOT NULL,
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^ banned-types
  price money,
--      ^^^^^ banned-types
  score float
);
