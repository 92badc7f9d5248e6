-- The dropped names cannot come back: fail on purpose.
SELECT 1 / 0;
