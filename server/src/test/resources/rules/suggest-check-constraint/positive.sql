CREATE TABLE order_items (
  id bigint PRIMARY KEY,
  quantity integer NOT NULL,
--^^^^^^^^ suggest-check-constraint CHECK (quantity >= 0)
  unit_price numeric(12, 2) NOT NULL,
--^^^^^^^^^^ suggest-check-constraint
  "discountAmount" numeric(12, 2),
--^^^^^^^^^^^^^^^^ suggest-check-constraint
  status text NOT NULL,
--^^^^^^ suggest-check-constraint CHECK (status IN (...)) or an enum type
  kind varchar(20)
--^^^^ suggest-check-constraint
);

CREATE TABLE posts (id bigint PRIMARY KEY, comments_count integer NOT NULL DEFAULT 0, post_type text NOT NULL);
--                                         ^^^^^^^^^^^^^^ suggest-check-constraint
--                                                                                    ^^^^^^^^^ suggest-check-constraint
