-- A column added without a default is all NULL: PostgreSQL skips the check.
ALTER TABLE orders ADD COLUMN approver_id bigint REFERENCES users (id) ON DELETE SET NULL;
-- Left to constraint-missing-not-valid.
ALTER TABLE orders ADD CONSTRAINT orders_referrer_fkey FOREIGN KEY (referrer_id) REFERENCES users (id);
ALTER TABLE orders ADD COLUMN reviewer_id bigint;
ALTER TABLE orders ADD CONSTRAINT orders_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES users (id) NOT VALID;
