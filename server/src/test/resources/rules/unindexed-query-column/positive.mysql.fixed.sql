CREATE TABLE `users` (`id` bigint NOT NULL PRIMARY KEY, `email` varchar(200) NOT NULL);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE `orders` (`id` bigint NOT NULL PRIMARY KEY, `user_id` bigint NOT NULL, `placed_at` datetime NOT NULL,
  CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`));
SELECT `id` FROM `users` WHERE `email` = ?;
--                             ^^^^^^^ unindexed-query-column this query filters by column users.email in WHERE, but no index of table users starts with it, so every run reads the whole table: add CREATE INDEX users_email_idx ON users (email)
-- InnoDB indexes foreign key columns itself.
SELECT `id` FROM `orders` WHERE `user_id` = ? ORDER BY `placed_at` DESC LIMIT 10;
