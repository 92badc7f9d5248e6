-- MySQL allows 64 characters.
CREATE TABLE `customer_notification_preferences_by_channel_and_category_abcdef` (
  `id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
