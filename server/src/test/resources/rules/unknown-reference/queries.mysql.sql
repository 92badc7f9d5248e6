CREATE TABLE `users` (`id` bigint NOT NULL PRIMARY KEY, `email` varchar(200) NOT NULL);
SELECT `id`, `emial` FROM `users` WHERE `id` = ?;
--           ^^^^^^^ unknown-reference this query names unknown column emial of table users; did you mean email?
-- Double quotes are strings in MySQL.
SELECT id FROM users WHERE email = "someone@example.com";
