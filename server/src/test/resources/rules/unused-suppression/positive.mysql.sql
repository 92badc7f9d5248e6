-- fixture: {"rules": {"require-primary-key": "error"}}
-- schemawise-disable-next-line require-primary-key -- keyed elsewhere
--                              ^^^^^^^^^^^^^^^^^^^ unused-suppression
CREATE TABLE `t` (`id` INT NOT NULL PRIMARY KEY);
