CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `published` TINYINT(1) NOT NULL COMMENT 'shown on the site' DEFAULT FALSE,
--^^^^^^^^^^^ suggest-default
  `status` ENUM('draft', 'live', 'hidden') NOT NULL DEFAULT 'draft',
--^^^^^^^^ suggest-default DEFAULT 'draft'
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
--^^^^^^^^^^^^ suggest-default CURRENT_TIMESTAMP(3)
  `review_state` TEXT NOT NULL DEFAULT ('queued'),
--^^^^^^^^^^^^^^ suggest-default DEFAULT ('queued')
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_review_state_check` CHECK (`review_state` IN ('queued', 'approved'))
);
