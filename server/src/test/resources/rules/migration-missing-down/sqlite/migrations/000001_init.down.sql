
-- ^0-0 migration-missing-down is empty
