CREATE TABLE posts (
  id bigint PRIMARY KEY,
  published boolean,
--^^^^^^^^^ require-not-null
  archived boolean NULL DEFAULT false,
--^^^^^^^^ require-not-null
  views integer DEFAULT 0,
--^^^^^ require-not-null
  created_at timestamptz DEFAULT now(),
--^^^^^^^^^^ require-not-null
  updated_at timestamptz,
--^^^^^^^^^^ require-not-null
  subtitle text,
  note text DEFAULT NULL
);
