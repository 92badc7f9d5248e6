ALTER TABLE made_elsewhere DROP COLUMN note;
