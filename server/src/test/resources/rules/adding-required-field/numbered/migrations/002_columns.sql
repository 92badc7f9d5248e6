ALTER TABLE recipe ADD COLUMN public boolean NOT NULL;
--                            ^^^^^^ adding-required-field ADD COLUMN public boolean NOT NULL without a DEFAULT on recipe, a table that exists before this migration, fails as soon as the table has a row (it takes ACCESS EXCLUSIVE, then finds NULL in the new column); give it a DEFAULT, or add it nullable, backfill it, then SET NOT NULL
ALTER TABLE recipe ADD COLUMN servings integer NOT NULL DEFAULT 1;
ALTER TABLE recipe ADD COLUMN author_id bigint NOT NULL DEFAULT NULL;
--                            ^^^^^^^^^ adding-required-field
ALTER TABLE public.recipe
    ADD COLUMN IF NOT EXISTS slug text,
    ADD COLUMN "Kind" varchar(20) NOT NULL;
--             ^^^^^^ adding-required-field
ALTER TABLE recipe ADD COLUMN number bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE recipe ADD COLUMN seq bigserial;
ALTER TABLE recipe ADD COLUMN title_length integer NOT NULL GENERATED ALWAYS AS (length(title)) STORED;
ALTER TABLE recipe ADD COLUMN note text NULL;
CREATE TABLE step (id bigint PRIMARY KEY);
ALTER TABLE step ADD COLUMN recipe_id bigint NOT NULL;
