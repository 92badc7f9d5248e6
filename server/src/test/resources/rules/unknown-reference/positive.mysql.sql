CREATE TABLE `users` (`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `billing_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user` (`userid`),
--                ^^^^^^^^ unknown-reference index idx_user of table orders names unknown column userid; did you mean user_id?
  CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
--                                                               ^^^^^^ unknown-reference references unknown table user; did you mean users?
  CONSTRAINT `fk_orders_billing` FOREIGN KEY (`billing_id`) REFERENCES `billing`.`accounts` (`id`)
) ENGINE=InnoDB;
ALTER TABLE `orders` MODIFY COLUMN `totl` DECIMAL(12, 2) NOT NULL;
--                                 ^^^^^^ unknown-reference unknown column totl in orders
