-- fixture: {"rules": {"banned-types": {"options": {"types": {"tinytext": "text", "double": "decimal(12,2)"}}}}}
CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `summary` text,
--          ^^^^^^^^ banned-types
  `ratio` decimal(12,2) NOT NULL,
--        ^^^^^^ banned-types
  PRIMARY KEY (`id`)
);
