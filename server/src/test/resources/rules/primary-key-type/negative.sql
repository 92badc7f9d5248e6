-- bigint, uuid and composite keys.
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE sessions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);
CREATE TABLE memberships (team_id integer NOT NULL, user_id bigint NOT NULL, PRIMARY KEY (team_id, user_id));
-- Small lookup tables: referenced, referencing nothing, the key and one more column besides timestamps.
CREATE TABLE genres (id smallint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
-- Reference data by name: referenced or referencing nothing, at most 5 columns.
CREATE TABLE countries (id integer PRIMARY KEY, iso_code char(2) NOT NULL, name text NOT NULL, currency_code char(3), phone_prefix text);
CREATE TABLE order_statuses (id serial PRIMARY KEY, name text NOT NULL, position integer NOT NULL);
CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL, country_id integer NOT NULL REFERENCES countries (id) ON DELETE RESTRICT);
CREATE TABLE books (
  id bigint PRIMARY KEY,
  genre_id smallint REFERENCES genres (id) ON DELETE SET NULL,
  city_id integer REFERENCES cities (id) ON DELETE SET NULL
);
-- A 1:1 extension of a bigint-keyed table.
CREATE TABLE user_profiles (user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE, bio text);
