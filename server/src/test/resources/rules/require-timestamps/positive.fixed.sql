CREATE TABLE orders (
--           ^^^^^^ require-timestamps no creation timestamp and no modification timestamp
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  total numeric(12,2) NOT NULL, -- in the shop's currency
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT orders_total_check CHECK (total >= 0)
);

CREATE TABLE invoices (
--           ^^^^^^^^ require-timestamps no modification timestamp; add updated_at
  id bigint PRIMARY KEY,
  number text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE "Webhook" (
--           ^^^^^^^^^ require-timestamps add updatedAt
  "id" text PRIMARY KEY,
  "url" text NOT NULL,
  "createdAt" timestamp(3) NOT NULL, -- set by Prisma
  "updatedAt" timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb, created_at timestamptz NOT NULL DEFAULT now());
--           ^^^^^^ require-timestamps has no creation timestamp; add created_at

CREATE TABLE sessions (
--           ^^^^^^^^ require-timestamps make created_at a timestamp
  id uuid PRIMARY KEY,
  user_id bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

-- a checkpoint of a log reader is changed in place: "logs" is not its head noun
CREATE TABLE logs_reader_checkpoint (id text PRIMARY KEY, position bigint NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
--           ^^^^^^^^^^^^^^^^^^^^^^ require-timestamps has no modification timestamp

CREATE TABLE IF NOT EXISTS public.coupons (
--                         ^^^^^^^^^^^^^^ require-timestamps
  code text PRIMARY KEY,
  label text NOT NULL,
  percent int NOT NULL /* 1..100 */,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now() );
