CREATE TABLE order_items (
  id bigint PRIMARY KEY,
  quantity integer NOT NULL CHECK (quantity >= 0),
--^^^^^^^^ suggest-check-constraint CHECK (quantity >= 0)
  unit_price numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
--^^^^^^^^^^ suggest-check-constraint
  "discountAmount" numeric(12, 2) CHECK ("discountAmount" >= 0),
--^^^^^^^^^^^^^^^^ suggest-check-constraint
  status text NOT NULL,
--^^^^^^ suggest-check-constraint CHECK (status IN (...)) or an enum type
  kind varchar(20)
--^^^^ suggest-check-constraint
);

CREATE TABLE posts (id bigint PRIMARY KEY, comments_count integer NOT NULL DEFAULT 0 CHECK (comments_count >= 0), post_type text NOT NULL);
--                                         ^^^^^^^^^^^^^^ suggest-check-constraint
--                                                                                    ^^^^^^^^^ suggest-check-constraint
