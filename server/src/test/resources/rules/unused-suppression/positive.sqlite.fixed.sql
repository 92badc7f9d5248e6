-- fixture: {"rules": {"require-primary-key": "error"}}
-- schemawise-disable require-primary-key
--                                         ^^^^^^ unused-suppression
CREATE TABLE t (x INTEGER);
