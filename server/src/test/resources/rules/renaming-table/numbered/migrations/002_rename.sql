ALTER TABLE users RENAME TO accounts;
--                ^^^^^^^^^^^^^^^^^^ renaming-table renaming table users to accounts breaks the running application, which still uses users, until all of it runs the new code; create a view named users over the renamed table in the same migration (old code keeps working through it), or move in steps: create the new table, write both, backfill, switch reads, drop users later
ALTER TABLE IF EXISTS billing.invoices RENAME TO bills;
--                                     ^^^^^^^^^^^^^^^ renaming-table renaming table billing.invoices to bills
