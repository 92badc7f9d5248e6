-- fixture: {"rules": {"require-primary-key": "error"}}
--                              ^^^^^^^^^^^^^^^^^^^ unused-suppression
CREATE TABLE `t` (`id` INT NOT NULL PRIMARY KEY);
