CREATE TABLE `sessions` (
--           ^^^^^^^^^^ require-primary-key AUTO_INCREMENT PRIMARY KEY
  `token` VARCHAR(64) NOT NULL,
  `user_id` INT NOT NULL,
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB;
