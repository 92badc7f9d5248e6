-- PostgreSQL cannot drop an enum value: a down that leaves it is not reported
ALTER TYPE order_status ADD VALUE 'refunded';
