CREATE TABLE "orders" ("id" serial PRIMARY KEY NOT NULL, "status" text);
