-- With time zone, and dates and times of day that are not instants.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamp(6) with time zone NOT NULL,
  day date NOT NULL,
  opens_at time NOT NULL,
  timestamp_label text,
  birth_date timestamp,
  hire_date TIMESTAMP,
  dob timestamp
);
