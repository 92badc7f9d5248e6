CREATE TABLE `customers` (`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE `stores` (`id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id` BIGINT UNSIGNED NOT NULL,
--^^^^^^^^^^^^^ missing-foreign-key column orders.customer_id looks like a reference to table customers (id)
  `store_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `fk_orders_store` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB;
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
-- MyISAM has no foreign keys.
CREATE TABLE `order_archive` (`id` BIGINT UNSIGNED NOT NULL PRIMARY KEY, `customer_id` BIGINT UNSIGNED NOT NULL) ENGINE=MyISAM;
