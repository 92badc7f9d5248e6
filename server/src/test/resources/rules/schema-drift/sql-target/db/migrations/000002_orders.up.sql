CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), total numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, entry text NOT NULL);
