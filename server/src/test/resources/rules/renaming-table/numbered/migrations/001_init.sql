CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
