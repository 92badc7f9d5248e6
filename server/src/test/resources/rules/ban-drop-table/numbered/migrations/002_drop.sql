DROP TABLE sessions;
--         ^^^^^^^^ ban-drop-table dropping table sessions deletes its rows for good (a down migration cannot bring them back) and breaks the deployed application while it still uses sessions; first deploy code that no longer uses it, then drop it in a later migration
DROP TABLE IF EXISTS audit_log, billing.invoices CASCADE;
--                   ^^^^^^^^^ ban-drop-table dropping table audit_log
--                              ^^^^^^^^^^^^^^^^ ban-drop-table dropping table billing.invoices
-- dropped and created again without copying the rows: it comes back empty
DROP TABLE events;
--         ^^^^^^ ban-drop-table dropping table events and creating it again in the same migration leaves it empty: its rows are lost for good; copy them into the new table (INSERT ... SELECT) before dropping the old one
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);
