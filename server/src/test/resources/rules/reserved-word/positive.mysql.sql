CREATE TABLE `order` (
--           ^^^^^^^ reserved-word table name order
  `id` BIGINT NOT NULL,
  `key` VARCHAR(40) NOT NULL,
--^^^^^ reserved-word column name order.key
  `rank` INT NOT NULL,
--^^^^^^ reserved-word column name order.rank
  `condition` VARCHAR(20),
--^^^^^^^^^^^ reserved-word column name order.condition
  PRIMARY KEY (`id`),
  KEY `index` (`rank`)
--    ^^^^^^^ reserved-word index name index
) ENGINE=InnoDB;
CREATE TABLE `Range` (`id` BIGINT NOT NULL, `type` VARCHAR(10) NOT NULL, `status` VARCHAR(10) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
--           ^^^^^^^ reserved-word table name Range
