CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `role` ENUM('admin', 'member') NOT NULL,
  KEY `users_active_idx` (`active`),
--    ^^^^^^^^^^^^^^^^^^ low-cardinality-index
  KEY `users_role_idx` (`role`)
--    ^^^^^^^^^^^^^^^^ low-cardinality-index
) ENGINE=InnoDB;
