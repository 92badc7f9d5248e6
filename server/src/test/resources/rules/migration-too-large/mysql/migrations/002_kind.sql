ALTER TABLE `users` MODIFY `kind` varchar(20) NOT NULL;
UPDATE `users` SET `kind` = 'person' WHERE `kind` IS NULL;
-- ^0-58 migration-too-large changes data as well as the schema of users
