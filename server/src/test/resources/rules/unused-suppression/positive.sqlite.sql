-- fixture: {"rules": {"require-primary-key": "error"}}
-- schemawise-disable require-primary-key, syntax
--                                         ^^^^^^ unused-suppression
CREATE TABLE t (x INTEGER);
