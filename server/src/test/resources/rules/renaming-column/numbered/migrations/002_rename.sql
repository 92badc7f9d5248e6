ALTER TABLE users RENAME COLUMN email TO email_address;
--                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renaming-column renaming column users.email to email_address breaks the running application, which still uses email, until all of it runs the new code; rename in steps instead: add email_address, write both and backfill it, switch reads to it, and drop email in a later migration
alter table public.users rename name to full_name;
--                       ^^^^^^^^^^^^^^^^^^^^^^^^ renaming-column renaming column users.name to full_name
