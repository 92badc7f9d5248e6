CREATE TABLE subscriptions (
  id bigint PRIMARY KEY,
  plan_id bigint NOT NULL,
  CONSTRAINT subscriptions_plan_id_references_the_current_billing_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE RESTRICT NOT VALID
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ identifier-too-long constraint name
);
CREATE TABLE plans (id bigint PRIMARY KEY);
