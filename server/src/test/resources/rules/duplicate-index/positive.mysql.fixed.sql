CREATE TABLE `playlist_track` (
  `playlist_id` INT NOT NULL,
  `track_id` INT NOT NULL,
  `position` INT NOT NULL,
  PRIMARY KEY (`playlist_id`, `track_id`),
--    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
  KEY `playlist_track_track_id_idx` (`track_id`)
--    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
) ENGINE=InnoDB;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
--^^^^^^^^^^^^ duplicate-index
  UNIQUE KEY `tags_name_key` (`name`), -- one tag per name
  PRIMARY KEY (`id`)
);

CREATE TABLE `posts` (
  `id` INT NOT NULL PRIMARY KEY,
  `author_id` INT NOT NULL
--      ^^^^^^^^^^^^^^^^^^^^^ duplicate-index
);
CREATE INDEX `posts_author_id_id_idx` ON `posts` (`author_id`, `id`);
