-- fixture: {"rules": {"require-timestamps": {"options": {"created": ["born_at", "createdOn"], "updated": []}}}}
CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, born_at timestamptz NOT NULL);
CREATE TABLE pets (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
--           ^^^^ require-timestamps has no creation timestamp; add born_at
