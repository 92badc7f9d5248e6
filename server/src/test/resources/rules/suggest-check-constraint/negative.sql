-- Checked, enum-typed, referenced, and columns whose values are open-ended.
CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TABLE statuses (code text PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  quantity integer NOT NULL CHECK (quantity > 0),
  total numeric(12, 2) NOT NULL,
  status order_status NOT NULL,
  fulfilment_status text NOT NULL REFERENCES statuses (code) ON DELETE RESTRICT,
  review_state text NOT NULL,
  content_type text NOT NULL,
  payload_type text NOT NULL DEFAULT 'application/json',
  commentable_type text,
  commentable_id bigint,
  price_history numeric[],
  count_label text,
  CONSTRAINT orders_total_check CHECK (total >= 0),
  CONSTRAINT orders_review_state_check CHECK (review_state IN ('open', 'closed'))
);
-- the state of a postal address is a place
CREATE TABLE addresses (id bigint PRIMARY KEY, street text NOT NULL, city text NOT NULL, state text NOT NULL);
-- the same name defaults to a MIME type elsewhere
CREATE TABLE events (id bigint PRIMARY KEY, payload_type text);
-- partitions repeat their parent's columns (pg_dump attaches them separately); the parent is reported once
CREATE TABLE payments (id bigint NOT NULL, amount numeric(12, 2) NOT NULL CHECK (amount >= 0), paid_at timestamptz NOT NULL) PARTITION BY RANGE (paid_at);
CREATE TABLE payments_2024 (id bigint NOT NULL, amount numeric(12, 2) NOT NULL, paid_at timestamptz NOT NULL);
ALTER TABLE ONLY payments ATTACH PARTITION payments_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- a documented decision
CREATE TABLE deployments (id bigint PRIMARY KEY, status text);
COMMENT ON COLUMN deployments.status IS 'Status reported by the external provider, stored as received';
