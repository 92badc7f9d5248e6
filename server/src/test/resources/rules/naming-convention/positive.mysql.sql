CREATE TABLE `customer_accounts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `display_name` VARCHAR(100) NOT NULL,
  `createdAt` DATETIME NOT NULL,
--^^^^^^^^^^^ naming-convention column customer_accounts.createdAt is camelCase,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_customer_accounts_display_name` (`display_name`)
) ENGINE=InnoDB;
CREATE TABLE `order_lines` (`id` BIGINT NOT NULL, `unit_price` DECIMAL(10,2) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `payment_methods` (`id` BIGINT NOT NULL, `card_brand` VARCHAR(20) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `shipping_zones` (`id` BIGINT NOT NULL, `zone_name` VARCHAR(50) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `gift_cards` (`id` BIGINT NOT NULL, `card_code` VARCHAR(20) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `OrderNotes` (`id` BIGINT NOT NULL, `note_text` TEXT NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
--           ^^^^^^^^^^^^ naming-convention table OrderNotes is PascalCase,
