CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  done BOOLEAN NOT NULL,
--^^^^ suggest-default
  status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')),
--^^^^^^ suggest-default
  created_at DATETIME
--^^^^^^^^^^ suggest-default DEFAULT CURRENT_TIMESTAMP
);
