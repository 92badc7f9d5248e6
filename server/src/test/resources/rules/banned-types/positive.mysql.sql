-- fixture: {"rules": {"banned-types": {"options": {"types": {"tinytext": "text", "double": "decimal(12,2)"}}}}}
CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `summary` TINYTEXT,
--          ^^^^^^^^ banned-types
  `ratio` DOUBLE NOT NULL,
--        ^^^^^^ banned-types
  PRIMARY KEY (`id`)
);
