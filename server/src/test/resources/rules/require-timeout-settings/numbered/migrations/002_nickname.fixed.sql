-- the first statement that locks a table in use is reported, once
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN nickname text;
--          ^^^^^ require-timeout-settings ALTER TABLE users waits for a lock on users, and while it waits every query on users queues behind it; no lock_timeout is set before it in this migration: add SET lock_timeout = '5s' before it, so it gives up instead of stalling the application
ALTER TABLE users ADD COLUMN bio text;
