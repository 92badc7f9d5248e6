DROP INDEX tags_name_idx;
-- ^0-25 down-does-not-revert leaves table tags behind
