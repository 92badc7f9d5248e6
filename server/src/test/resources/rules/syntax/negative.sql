SET statement_timeout = 0;
CREATE TABLE users (id bigint PRIMARY KEY);
DO $$ BEGIN RAISE NOTICE 'hello; world'; END $$;
