CREATE TABLE customer_addresses (
  id bigint CONSTRAINT customer_addresses_pkey PRIMARY KEY,
  customer_id bigint NOT NULL,
  street_line text NOT NULL,
  postal_code text NOT NULL
);
CREATE TABLE orders (
  id bigint CONSTRAINT orders_pkey PRIMARY KEY,
  customer_id bigint NOT NULL,
  placed_at timestamptz NOT NULL,
  "shippedAt" timestamptz,
--^^^^^^^^^^^ naming-convention column orders.shippedAt is camelCase,
  total_amount numeric NOT NULL,
  CONSTRAINT "OrdersIdPositive" CHECK (id > 0)
--           ^^^^^^^^^^^^^^^^^^ naming-convention constraint OrdersIdPositive is PascalCase,
);
CREATE TABLE order_items (
  id bigint CONSTRAINT order_items_pkey PRIMARY KEY,
  order_id bigint NOT NULL CONSTRAINT order_items_order_id_fkey REFERENCES orders (id) ON DELETE CASCADE,
  unit_price numeric(10, 2) NOT NULL,
  quantity int NOT NULL
);
CREATE TABLE product_categories (id bigint CONSTRAINT product_categories_pkey PRIMARY KEY, category_name text NOT NULL, parent_id bigint);
CREATE TABLE invoice_lines (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL,
  line_total numeric NOT NULL,
  tax_rate numeric NOT NULL,
  CONSTRAINT invoice_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT
);
CREATE TABLE shipment (id bigint PRIMARY KEY, order_id bigint NOT NULL, carrier_name text NOT NULL, tracking_code text);
--           ^^^^^^^^ naming-convention table shipment is singular,
CREATE TABLE "ReturnRequests" (
--           ^^^^^^^^^^^^^^^^ naming-convention table ReturnRequests is PascalCase,
--           ^^^^^^^^^^^^^^^^ naming-convention
  "requestId" bigint CONSTRAINT "ReturnRequests_pkey" PRIMARY KEY,
  "orderId" bigint NOT NULL,
  "createdAt" timestamptz NOT NULL
);
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
CREATE INDEX order_items_order_id_idx ON order_items (order_id);
CREATE INDEX invoice_lines_order_id_idx ON invoice_lines (order_id);
CREATE INDEX customer_addresses_customer_id_idx ON customer_addresses (customer_id);
CREATE INDEX shipment_order_id_idx ON shipment (order_id);
CREATE INDEX "OrdersByCustomer" ON orders (customer_id);
--           ^^^^^^^^^^^^^^^^^^ naming-convention index OrdersByCustomer is PascalCase,
CREATE INDEX "ReturnRequests_orderId_idx" ON "ReturnRequests" ("orderId");
