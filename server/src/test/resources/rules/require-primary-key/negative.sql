CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE memberships (user_id bigint NOT NULL, group_id bigint NOT NULL, CONSTRAINT memberships_pkey PRIMARY KEY (user_id, group_id));
CREATE TABLE events (id bigint NOT NULL, payload jsonb);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
