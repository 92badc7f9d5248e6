CREATE TABLE `flags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) DEFAULT '1',
--^^^^^^^^^ require-not-null
  PRIMARY KEY (`id`)
);
