-- RedefineTables
CREATE TABLE "new_Post" ("id" SERIAL NOT NULL, "title" TEXT NOT NULL, "published" BOOLEAN NOT NULL DEFAULT false, CONSTRAINT "new_Post_pkey" PRIMARY KEY ("id"));
INSERT INTO "new_Post" ("id", "title") SELECT "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
