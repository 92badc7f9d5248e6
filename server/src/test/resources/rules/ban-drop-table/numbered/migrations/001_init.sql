CREATE TABLE sessions (id bigint PRIMARY KEY, token text NOT NULL);
CREATE TABLE audit_log (id bigint PRIMARY KEY, entry text NOT NULL);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
