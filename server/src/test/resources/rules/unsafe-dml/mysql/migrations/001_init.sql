CREATE TABLE `orders` (`id` bigint PRIMARY KEY, `status` varchar(20) NOT NULL) ENGINE=InnoDB;
DELETE FROM `orders`;
-- ^0-6 unsafe-dml table orders
