-- fixture: {"rules": {"primary-key-type": {"options": {"prefer": "uuid"}}}}
CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, plan text NOT NULL, created_at timestamptz NOT NULL);
--                        ^^^^^^ primary-key-type primary key column accounts.id is an integer (bigint)
CREATE TABLE invoices (id uuid PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT);
