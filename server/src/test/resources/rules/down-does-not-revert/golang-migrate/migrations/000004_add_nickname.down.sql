ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users
-- ^0-17 down-does-not-revert the down migration of 000004 (add_nickname) drops column users.email, which existed before the up migration
    DROP COLUMN email;
