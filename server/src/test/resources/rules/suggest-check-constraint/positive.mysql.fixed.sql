CREATE TABLE `products` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `stock` INT NOT NULL DEFAULT 0 CHECK (stock >= 0),
--^^^^^^^ suggest-check-constraint
  `price` DECIMAL(10,2) UNSIGNED NOT NULL,
  `state` VARCHAR(20) NOT NULL,
--^^^^^^^ suggest-check-constraint or ENUM(...)
  PRIMARY KEY (`id`)
);
