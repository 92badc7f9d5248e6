-- DropIndex
DROP INDEX CONCURRENTLY "User_name_idx";
--         ^^^^^^^^^^^^^^^ require-concurrent-index-deletion
