CREATE TABLE `users` (`id` bigint PRIMARY KEY, `name` varchar(50));
-- ^0-67 migration-modified from line 1
