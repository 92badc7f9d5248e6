-- MySQL's CHAR is not blank-padded on retrieval the way PostgreSQL's is; the rule is for PostgreSQL.
CREATE TABLE `countries` (`code` CHAR(2) NOT NULL, PRIMARY KEY (`code`));
