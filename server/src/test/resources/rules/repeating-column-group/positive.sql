CREATE TABLE contacts (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  phone1 text,
--^^^^^^ repeating-column-group
  phone2 text,
  phone3 text,
  address_1 text,
--^^^^^^^^^ repeating-column-group
  address_2 text,
  address_3 text,
  address_4 text
);
