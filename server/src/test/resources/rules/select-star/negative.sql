CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE archived_users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE VIEW user_emails AS SELECT id, email FROM users;
-- Copying rows between tables of one shape is what the star is for.
INSERT INTO archived_users SELECT * FROM users WHERE id < 100;
-- Stars the outer query narrows down, in EXISTS, and in RETURNING are not the result.
WITH recent AS (SELECT * FROM users WHERE id > 100) SELECT id FROM recent;
SELECT email FROM users u WHERE EXISTS (SELECT * FROM archived_users a WHERE a.id = u.id);
DELETE FROM users WHERE id = 1 RETURNING *;
SELECT count(*) FROM users;
