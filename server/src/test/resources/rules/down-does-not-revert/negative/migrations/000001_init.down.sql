DROP VIEW user_names;
DROP TABLE users;
