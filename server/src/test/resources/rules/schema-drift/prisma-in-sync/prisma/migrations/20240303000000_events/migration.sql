-- Tables Prisma does not manage: another schema, a view, a partial index, a check.
CREATE SCHEMA IF NOT EXISTS analytics;
CREATE TABLE analytics.events (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
CREATE VIEW "PublishedPost" AS SELECT * FROM "Post" WHERE "status" = 'PUBLISHED';
CREATE INDEX CONCURRENTLY "Post_drafts_idx" ON "Post" ("author_id") WHERE "status" = 'DRAFT';
CREATE INDEX "users_lower_email_idx" ON "users" (lower("email"));
ALTER TABLE "users" ADD CONSTRAINT "users_score_check" CHECK ("score" >= 0);
