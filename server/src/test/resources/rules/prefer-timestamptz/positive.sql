CREATE TABLE events (
  id bigint PRIMARY KEY,
  created_at timestamp NOT NULL DEFAULT now(),
--           ^^^^^^^^^ prefer-timestamptz
  updated_at timestamp(6) without time zone NOT NULL,
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-timestamptz use timestamptz(6)
  seen_at TIMESTAMP(3),
--        ^^^^^^^^^^^^ prefer-timestamptz
  history timestamp[]
--        ^^^^^^^^^^^ prefer-timestamptz
);
