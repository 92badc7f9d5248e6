-- Runs move to their own database: the foreign key to projects is dropped on purpose.
ALTER TABLE runs DROP CONSTRAINT IF EXISTS runs_project_id_fkey;
