-- A trigger fills create_date in (sakila's classic pattern), and MySQL versions tables copy their flags.
CREATE TABLE `customer` (`id` INT NOT NULL AUTO_INCREMENT, `create_date` DATETIME NOT NULL, PRIMARY KEY (`id`));
DELIMITER ;;
CREATE TRIGGER `customer_create_date` BEFORE INSERT ON `customer` FOR EACH ROW SET NEW.create_date = NOW();;
DELIMITER ;
