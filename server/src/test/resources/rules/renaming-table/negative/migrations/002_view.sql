-- renamed, with a view under the old name: old code keeps working through it
ALTER TABLE users RENAME TO accounts;
CREATE VIEW users AS SELECT * FROM accounts;
