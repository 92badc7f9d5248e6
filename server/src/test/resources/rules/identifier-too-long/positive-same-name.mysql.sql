-- An index named after its column: shortening the index name everywhere would rename the column too, so that fix
-- is offered but is not safe.
CREATE TABLE `carrier_tracking_events` (
  `id` BIGINT NOT NULL,
  `carrier_reported_estimated_delivery_window_start_in_local_time_xy` DATETIME,
--^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long column name
  PRIMARY KEY (`id`),
  KEY `carrier_reported_estimated_delivery_window_start_in_local_time_xy` (`carrier_reported_estimated_delivery_window_start_in_local_time_xy`)
--    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long index name
) ENGINE=InnoDB;
