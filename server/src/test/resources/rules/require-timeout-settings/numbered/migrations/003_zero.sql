SET lock_timeout = 0;
DROP TABLE old_sessions;
--         ^^^^^^^^^^^^ require-timeout-settings lock_timeout is not in force here (the setting on line 1 turns it off)
