CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    email_verified INTEGER NOT NULL DEFAULT 0
--  ^^^^^^^^^^^^^^ schema-drift column users.email_verified is missing from the database the migrations in migrations build
);
CREATE UNIQUE INDEX users_email ON users (email);
--                  ^^^^^^^^^^^ schema-drift unique index users_email on users (email) is missing
