-- DropIndex
DROP INDEX "User_name_idx";
--         ^^^^^^^^^^^^^^^ require-concurrent-index-deletion
