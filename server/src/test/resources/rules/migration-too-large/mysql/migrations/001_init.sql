CREATE TABLE `users` (`id` bigint PRIMARY KEY, `kind` varchar(10)) ENGINE=InnoDB;
