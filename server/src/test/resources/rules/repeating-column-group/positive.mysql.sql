CREATE TABLE `surveys` (
  `id` INT NOT NULL PRIMARY KEY,
  `Answer1` VARCHAR(255),
--^^^^^^^^^ repeating-column-group
  `Answer_2` VARCHAR(255),
  `Answer3` VARCHAR(255)
);
