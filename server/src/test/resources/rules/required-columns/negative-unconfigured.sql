-- Without requirements the rule has nothing to check.
-- fixture lines must come first, so this one configures nothing.
CREATE TABLE invoices (id bigint PRIMARY KEY);
