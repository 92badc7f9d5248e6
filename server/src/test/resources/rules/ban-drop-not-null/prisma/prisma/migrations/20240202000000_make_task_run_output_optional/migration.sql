-- AlterTable
ALTER TABLE "TaskRun" ALTER COLUMN "output" DROP NOT NULL;
--                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ban-drop-not-null dropping NOT NULL from TaskRun.output
