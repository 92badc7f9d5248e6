CREATE TABLE `users` (`id` bigint PRIMARY KEY) ENGINE=InnoDB;
-- ^0-61 migration-missing-down add 000001_init.down.sql beside it
