-- CRLF line endings
SET lock_timeout = '2s';
RESET lock_timeout;
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN city text;
--          ^^^^^ require-timeout-settings (RESET on line 3 clears it)
