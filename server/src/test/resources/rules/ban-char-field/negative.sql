-- text and varchar, and PostgreSQL's internal one-byte "char" (pg_catalog tables use it for flags).
CREATE TABLE countries (
  code varchar(2) PRIMARY KEY,
  name text NOT NULL,
  kind "char" NOT NULL,
  tags character varying(20)[]
);
