-- fixture: {"rules": {"required-columns": {"severity": "error", "options": {"requirements": [{"columns": [{"name": "created_by", "type": "bigint"}]}]}}}}
CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_by` INT NOT NULL
--^^^^^^^^^^^^ required-columns
);
CREATE TABLE `comments` (
--           ^^^^^^^^^^ required-columns
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY
);
