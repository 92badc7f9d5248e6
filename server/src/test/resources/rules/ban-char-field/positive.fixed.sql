CREATE TABLE countries (
  code varchar(2) PRIMARY KEY,
--     ^^^^^^^ ban-char-field use text or varchar(2)
  currency VARCHAR(3) NOT NULL,
--         ^^^^^^^^^^^^ ban-char-field
  flag varchar(1),
--     ^^^^^^^^^ ban-char-field
  aliases varchar(8)[],
--        ^^^^^^^^^ ban-char-field
  legacy text
--       ^^^^^^ ban-char-field use text instead
);
