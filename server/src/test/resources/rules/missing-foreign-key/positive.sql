CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE categories (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE people (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,
--^^^^^^^ missing-foreign-key column posts.user_id looks like a reference to table users (id)
  category_id integer,
--^^^^^^^^^^^ missing-foreign-key column posts.category_id looks like a reference to table categories (id)
  reviewer_id bigint REFERENCES users (id) ON DELETE SET NULL,
  person_id uuid
--^^^^^^^^^ missing-foreign-key column posts.person_id looks like a reference to table people (id)
);
CREATE TABLE order_lines (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE);
ALTER TABLE order_lines ADD COLUMN "userId" bigint;
--                                 ^^^^^^^^ missing-foreign-key column order_lines.userId looks like a reference to table users (id)
CREATE TABLE shipments (id bigint PRIMARY KEY, order_line_id bigint NOT NULL);
--                                             ^^^^^^^^^^^^^ missing-foreign-key column shipments.order_line_id looks like a reference to table order_lines (id)
