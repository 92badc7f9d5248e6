-- DropIndex
DROP INDEX "Post_authorId_idx";

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");
