CREATE TABLE `customers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(191) NOT NULL,
--^^^^^^^ unique-natural-key
  `handle` TEXT NOT NULL,
--^^^^^^^^ unique-natural-key
  PRIMARY KEY (`id`)
);
