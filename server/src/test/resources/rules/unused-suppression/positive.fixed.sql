-- fixture: {"rules": {"require-primary-key": "error"}}
--                              ^^^^^^^^^^^^^^^^^^^ unused-suppression
CREATE TABLE users (id bigint PRIMARY KEY);
-- schemawise-disable-next-line require-primary-key, requre-primary-key
--                                                   ^^^^^^^^^^^^^^^^^^ unused-suppression
CREATE TABLE audit (at timestamptz NOT NULL);
-- schemawise-disable-next-line
-- ^0-31 unused-suppression
CREATE TABLE other (id int PRIMARY KEY);
-- schemawise-disable-next-line require-primary-key because it is old
--                                                  ^^^^^^^^^^^^^^^^^ unused-suppression
CREATE TABLE legacy (x int);
