-- A schema without any foreign key keeps references in the application on purpose (Rails, PlanetScale).
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL);
