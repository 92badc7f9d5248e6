CREATE TABLE `articles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `articles_title_prefix_idx` (`title`(20)),
  KEY `articles_title_idx` (`title`, `id`),
  FULLTEXT KEY `articles_title_body_ft` (`title`, `body`),
  FULLTEXT KEY `articles_title_ft` (`title`)
) ENGINE=InnoDB;
