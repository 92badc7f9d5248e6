-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
--                  ^^^^^^^^^^^^^^^^ require-concurrent-index-creation in a migration of its own that does not run in a transaction
-- CreateTable
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
