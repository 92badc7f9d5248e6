CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `level` TINYINT NOT NULL,
  `kind` ENUM('a', 'b', 'c', 'd') NOT NULL,
  `active` TINYINT(1) NOT NULL,
  KEY `users_level_idx` (`level`),
  KEY `users_kind_idx` (`kind`),
  KEY `users_active_level_idx` (`active`, `level`)
) ENGINE=InnoDB;
