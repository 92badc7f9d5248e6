CREATE TABLE events (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
--           ^^^^^^^^^ prefer-timestamptz
  updated_at timestamptz(6) NOT NULL,
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prefer-timestamptz use timestamptz(6)
  seen_at TIMESTAMPTZ(3),
--        ^^^^^^^^^^^^ prefer-timestamptz
  history timestamptz[]
--        ^^^^^^^^^^^ prefer-timestamptz
);
