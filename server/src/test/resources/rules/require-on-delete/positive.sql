CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
--                        ^^^^^^^^^^^^^^^^^^^^^ require-on-delete
  coupon_id bigint,
  CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON UPDATE CASCADE
--           ^^^^^^^^^^^^^^^^ require-on-delete
);
CREATE TABLE coupons (id bigint PRIMARY KEY);
CREATE TABLE reviews (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
