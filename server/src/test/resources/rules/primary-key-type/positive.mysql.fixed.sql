CREATE TABLE `customers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
--     ^^^^^^^ primary-key-type primary key column customers.id is INT(10) UNSIGNED, which runs out after
  `name` VARCHAR(100) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(30),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
--     ^^^^^^^^^ primary-key-type primary key column orders.id is mediumint unsigned, which runs out after
  `customer_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB;
