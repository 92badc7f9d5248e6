-- The index's name is used by another statement: removing it would leave that one dangling, so there is no fix.
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, region text NOT NULL);
CREATE INDEX accounts_email_idx ON accounts (email);
--           ^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX accounts_email_region_idx ON accounts (email, region);
COMMENT ON INDEX accounts_email_idx IS 'lookups by email';
