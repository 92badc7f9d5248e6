CREATE TABLE posts (
  id bigint PRIMARY KEY,
  published boolean NOT NULL,
--^^^^^^^^^ require-not-null
  archived boolean NOT NULL DEFAULT false,
--^^^^^^^^ require-not-null
  views integer NOT NULL DEFAULT 0,
--^^^^^ require-not-null
  created_at timestamptz NOT NULL DEFAULT now(),
--^^^^^^^^^^ require-not-null
  updated_at timestamptz NOT NULL,
--^^^^^^^^^^ require-not-null
  subtitle text,
  note text DEFAULT NULL
);
