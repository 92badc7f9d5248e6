CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES usres (id) ON DELETE RESTRICT,
--                                   ^^^^^ unknown-reference references unknown table usres; did you mean users?
  total numeric(12, 2) NOT NULL,
  coupon_id bigint REFERENCES users (idd),
--                                   ^^^ unknown-reference references unknown column idd of users; did you mean id?
  owner_id bigint,
  CONSTRAINT orders_owner_fk FOREIGN KEY (owner_idd) REFERENCES users (id),
--                                        ^^^^^^^^^ unknown-reference names unknown column owner_idd; did you mean owner_id?
  UNIQUE (user_id, totl)
--                 ^^^^ unknown-reference unique constraint of table orders names unknown column totl; did you mean total?
);
CREATE INDEX orders_created_idx ON orders (created) INCLUDE (total);
--                                         ^^^^^^^ unknown-reference index orders_created_idx of table orders names unknown column created
CREATE INDEX orderz_id_idx ON orderz (id);
--           ^^^^^^^^^^^^^ unknown-reference CREATE INDEX on unknown table orderz; did you mean orders?
ALTER TABLE public.orderz ADD COLUMN note text;
--          ^^^^^^^^^^^^^ unknown-reference ALTER TABLE of unknown table public.orderz; did you mean orders?
ALTER TABLE orders ALTER COLUMN totl SET NOT NULL;
--                              ^^^^ unknown-reference unknown column totl in orders; did you mean total?
ALTER TABLE orders DROP COLUMN discount;
--                             ^^^^^^^^ unknown-reference DROP COLUMN of unknown column discount in orders
DROP TABLE coupons;
--         ^^^^^^^ unknown-reference DROP of unknown table coupons
DROP VIEW order_totals;
--        ^^^^^^^^^^^^ unknown-reference DROP of unknown view order_totals
-- The rename of an unknown table is reported; the statements using its new name are not.
ALTER TABLE legacy_ideas RENAME TO posts;
--          ^^^^^^^^^^^^ unknown-reference ALTER TABLE of unknown table legacy_ideas
ALTER TABLE posts ADD COLUMN slug text;
CREATE INDEX posts_slug_idx ON posts (slug);
CREATE TABLE post_tags (post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE, tag text NOT NULL);
