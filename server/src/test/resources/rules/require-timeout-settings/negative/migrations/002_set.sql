SET lock_timeout = '3s';
SET statement_timeout TO '10min';
ALTER TABLE users ADD COLUMN nickname text;
