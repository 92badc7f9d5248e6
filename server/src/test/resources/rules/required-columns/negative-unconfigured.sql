-- With no requirements configured the rule has nothing to check.
CREATE TABLE invoices (id bigint PRIMARY KEY);
