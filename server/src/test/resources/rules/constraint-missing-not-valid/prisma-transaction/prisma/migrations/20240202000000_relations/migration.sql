-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
--                                ^^^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid
-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_id_check" CHECK ("id" <> '') NOT VALID;
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_id_check";
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid
