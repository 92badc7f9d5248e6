CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT, `email` varchar(255) NOT NULL, `order` int, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `user_emails` AS select * from `users`;
--                                                                                                      ^ select-star view user_emails selects * from table users
SELECT `u`.* FROM `users` `u` WHERE `u`.`id` = ?;
--     ^^^^^ select-star from table users
