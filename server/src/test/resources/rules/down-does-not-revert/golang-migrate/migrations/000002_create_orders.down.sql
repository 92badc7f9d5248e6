DROP TABLE orders;
-- ^0-18 down-does-not-revert the down migration of 000002 (create_orders) leaves enum type order_status behind: it did not exist before the up migration
-- ^0-18 down-does-not-revert
