CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE memberships (user_id bigint NOT NULL, group_id bigint NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id));
CREATE TABLE events (id bigint NOT NULL, payload jsonb);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (id);

-- pg_dump writes declarative partitions as plain tables attached later
CREATE TABLE payment (payment_id integer NOT NULL, payment_date timestamptz NOT NULL) PARTITION BY RANGE (payment_date);
ALTER TABLE ONLY payment ADD CONSTRAINT payment_pkey PRIMARY KEY (payment_date, payment_id);
CREATE TABLE payment_p2022_01 (payment_id integer NOT NULL, payment_date timestamptz NOT NULL);
ALTER TABLE ONLY payment ATTACH PARTITION payment_p2022_01 FOR VALUES FROM ('2022-01-01') TO ('2022-02-01');

-- old-style partitions: children of a keyed parent through INHERITS
CREATE TABLE rental (rental_id integer PRIMARY KEY, rented_at date NOT NULL);
CREATE TABLE rental_2007 (CHECK (rented_at >= DATE '2007-01-01')) INHERITS (rental);

-- the join table of a Prisma implicit many-to-many relation, as Prisma 5 migrations create it
CREATE TABLE "_PostToTag" ("A" TEXT NOT NULL, "B" TEXT NOT NULL);
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");
