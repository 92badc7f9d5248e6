CREATE TABLE bar (id bigint PRIMARY KEY);
-- Another schema's bar has baz; this one's does not, and this one is the query's.
SELECT id FROM bar WHERE baz = $1;
--                       ^^^ unknown-reference this query names unknown column baz of table bar
