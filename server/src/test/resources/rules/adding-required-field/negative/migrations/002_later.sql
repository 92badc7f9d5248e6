ALTER TABLE recipe ADD COLUMN servings integer NOT NULL DEFAULT 1;
ALTER TABLE recipe ADD COLUMN description text;
ALTER TABLE recipe ALTER COLUMN description SET DEFAULT '';
ALTER TABLE recipe ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
