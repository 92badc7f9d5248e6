CREATE OR REPLACE VIEW user_list AS SELECT * FROM users WHERE id > 0;
--                                         ^ select-star view user_list selects * from table users
