-- Off until configured: nothing is banned by default.
CREATE TABLE notes (id bigint PRIMARY KEY, body varchar(200), meta json);
