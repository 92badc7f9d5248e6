ALTER TABLE users DROP COLUMN legacy_id;
--                ^^^^^^^^^^^^^^^^^^^^^ ban-drop-column dropping column users.legacy_id breaks the deployed application while it still reads or writes legacy_id, and its values are lost for good (a down migration cannot bring them back); first deploy code that no longer uses it, then drop it in a later migration
alter table public.users drop nickname, drop column if exists score cascade;
--                       ^^^^^^^^^^^^^ ban-drop-column users.nickname
--                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ban-drop-column users.score
-- dropped and added again: the column comes back empty
ALTER TABLE users DROP COLUMN status, ADD COLUMN status integer;
--                ^^^^^^^^^^^^^^^^^^ ban-drop-column dropping column users.status and adding it again in the same migration (as Prisma writes a type change it cannot cast) leaves it empty: its values are lost for good; add the new column under another name, copy the values into it (UPDATE), then drop status and rename the new column, or change the type in place with ALTER COLUMN ... TYPE ... USING
