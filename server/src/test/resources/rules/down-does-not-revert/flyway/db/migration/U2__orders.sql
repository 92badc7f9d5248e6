DROP TABLE orders;
-- ^0-18 down-does-not-revert the down migration of 2 (orders) leaves unique constraint users_email_key on users (email) behind
