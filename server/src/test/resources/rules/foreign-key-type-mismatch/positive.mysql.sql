CREATE TABLE `users` (`id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT(11) NOT NULL,
--^^^^^^^^^ foreign-key-type-mismatch column orders.user_id is INT(11) but references users.id, which is
  `parent_id` BIGINT UNSIGNED,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_orders_parent` FOREIGN KEY (`parent_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `notes` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `order_id` int unsigned NOT NULL,
--^^^^^^^^^^ foreign-key-type-mismatch column notes.order_id is int unsigned but references orders.id, which
  CONSTRAINT `fk_notes_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
