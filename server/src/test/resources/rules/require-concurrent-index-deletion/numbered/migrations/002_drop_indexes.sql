DROP INDEX users_email_idx;
--         ^^^^^^^^^^^^^^^ require-concurrent-index-deletion DROP INDEX of users_email_idx, an index that exists before this migration, locks its table against reads and writes (ACCESS EXCLUSIVE) while it waits for the queries using it; use DROP INDEX CONCURRENTLY
drop index if exists public.users_name_idx;
--                   ^^^^^^^^^^^^^^^^^^^^^ require-concurrent-index-deletion
DROP INDEX users_lower_email_idx, users_id_name_idx;
--         ^^^^^^^^^^^^^^^^^^^^^ require-concurrent-index-deletion one statement per index
--                                ^^^^^^^^^^^^^^^^^ require-concurrent-index-deletion
