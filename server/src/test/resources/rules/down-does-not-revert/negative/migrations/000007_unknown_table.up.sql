ALTER TABLE made_elsewhere ADD COLUMN note text;
