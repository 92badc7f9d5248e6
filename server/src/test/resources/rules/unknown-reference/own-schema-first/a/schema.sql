CREATE TABLE bar (id bigint PRIMARY KEY, baz text);
