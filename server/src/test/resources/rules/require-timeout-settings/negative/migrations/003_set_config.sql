SELECT pg_catalog.set_config('lock_timeout', '2s', false);
CREATE INDEX users_name_idx ON users (name);
