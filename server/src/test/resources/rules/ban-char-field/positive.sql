CREATE TABLE countries (
  code char(2) PRIMARY KEY,
--     ^^^^^^^ ban-char-field use text or varchar(2)
  currency CHARACTER(3) NOT NULL,
--         ^^^^^^^^^^^^ ban-char-field
  flag character,
--     ^^^^^^^^^ ban-char-field
  aliases char(8)[],
--        ^^^^^^^^^ ban-char-field
  legacy bpchar
--       ^^^^^^ ban-char-field use text instead
);
