CREATE TABLE `invoices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `total` DECIMAL(12,2) NOT NULL,
--        ^^^^^^ money-as-float
  `late_fee` decimal(8,2) UNSIGNED DEFAULT NULL,
--           ^^^^^^^^^^ money-as-float use DECIMAL(8,2)
  PRIMARY KEY (`id`)
);
