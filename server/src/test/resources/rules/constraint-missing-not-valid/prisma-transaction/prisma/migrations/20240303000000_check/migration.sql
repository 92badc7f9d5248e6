-- AlterTable
ALTER TABLE "User" ADD CONSTRAINT "User_id_check" CHECK (length("id") > 0);
--                                ^^^^^^^^^^^^^^^ constraint-missing-not-valid in a later migration (in this one it would share the add's transaction
