-- fixture: {"naming": {"tables": "any", "columns": "any", "indexes": "any", "constraints": "any", "plurality": "any"}}
-- "any" turns every check off, even where a style dominates.
CREATE TABLE customer_accounts (id bigint PRIMARY KEY, display_name text NOT NULL, billing_email text NOT NULL);
CREATE TABLE order_lines (id bigint PRIMARY KEY, unit_price numeric NOT NULL, line_total numeric NOT NULL);
CREATE TABLE payment_methods (id bigint PRIMARY KEY, card_brand text NOT NULL, expires_on date NOT NULL);
CREATE TABLE shipping_zones (id bigint PRIMARY KEY, zone_name text NOT NULL, base_rate numeric NOT NULL);
CREATE TABLE gift_cards (id bigint PRIMARY KEY, card_code text NOT NULL, "issuedAt" timestamptz NOT NULL);
CREATE TABLE "OrderNote" (id bigint PRIMARY KEY, note_text text NOT NULL);
