-- nothing to undo: enum values stay
SELECT 1;
