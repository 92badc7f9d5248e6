CREATE TABLE `t` (`id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY, `x` INT UNSIGNED DEFAULT);
--                                                                                      ^ syntax
