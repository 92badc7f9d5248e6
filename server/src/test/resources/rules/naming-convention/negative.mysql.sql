-- Sakila's style: singular snake_case tables, with join tables (film_actor) and words that end in s but are
-- singular (address, status) or count as neither (staff, inventory).
CREATE TABLE `actor` (`actor_id` SMALLINT UNSIGNED NOT NULL, `first_name` VARCHAR(45) NOT NULL, `last_update` TIMESTAMP NOT NULL,
  PRIMARY KEY (`actor_id`), KEY `idx_actor_first_name` (`first_name`)) ENGINE=InnoDB;
CREATE TABLE `address` (`address_id` SMALLINT UNSIGNED NOT NULL, `postal_code` VARCHAR(10), PRIMARY KEY (`address_id`)) ENGINE=InnoDB;
CREATE TABLE `film` (`film_id` SMALLINT UNSIGNED NOT NULL, `release_year` YEAR, `rental_rate` DECIMAL(4,2) NOT NULL, PRIMARY KEY (`film_id`)) ENGINE=InnoDB;
CREATE TABLE `film_actor` (`actor_id` SMALLINT UNSIGNED NOT NULL, `film_id` SMALLINT UNSIGNED NOT NULL, `last_update` TIMESTAMP NOT NULL,
  PRIMARY KEY (`actor_id`, `film_id`), KEY `idx_fk_film_id` (`film_id`),
  CONSTRAINT `fk_film_actor_actor` FOREIGN KEY (`actor_id`) REFERENCES `actor` (`actor_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_film_actor_film` FOREIGN KEY (`film_id`) REFERENCES `film` (`film_id`) ON DELETE RESTRICT) ENGINE=InnoDB;
CREATE TABLE `film_category` (`film_id` SMALLINT UNSIGNED NOT NULL, `category_id` TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (`film_id`, `category_id`),
  CONSTRAINT `fk_film_category_film` FOREIGN KEY (`film_id`) REFERENCES `film` (`film_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_film_category_category` FOREIGN KEY (`category_id`) REFERENCES `category` (`category_id`) ON DELETE RESTRICT) ENGINE=InnoDB;
CREATE TABLE `category` (`category_id` TINYINT UNSIGNED NOT NULL, `last_update` TIMESTAMP NOT NULL, PRIMARY KEY (`category_id`)) ENGINE=InnoDB;
CREATE TABLE `inventory` (`inventory_id` MEDIUMINT UNSIGNED NOT NULL, `store_id` TINYINT UNSIGNED NOT NULL, PRIMARY KEY (`inventory_id`)) ENGINE=InnoDB;
CREATE TABLE `staff` (`staff_id` TINYINT UNSIGNED NOT NULL, `first_name` VARCHAR(45) NOT NULL, PRIMARY KEY (`staff_id`)) ENGINE=InnoDB;
CREATE TABLE `rental_status` (`rental_status_id` TINYINT UNSIGNED NOT NULL, `status_name` VARCHAR(20) NOT NULL, PRIMARY KEY (`rental_status_id`)) ENGINE=InnoDB;
CREATE TABLE `payment` (`payment_id` SMALLINT UNSIGNED NOT NULL, `payment_date` DATETIME NOT NULL, PRIMARY KEY (`payment_id`)) ENGINE=InnoDB;
