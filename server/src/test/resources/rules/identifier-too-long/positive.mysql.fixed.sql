CREATE TABLE `customer_shipping_addresses` (
  `id` BIGINT NOT NULL,
  `shipping_address_line_two_including_apartment_suite_and_f_8a5269` VARCHAR(100),
--^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long column name
  `country_code` CHAR(2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_customer_shipping_addresses_on_country_region_postal_31d286` (`country_code`)
--    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long index name
) ENGINE=InnoDB;
