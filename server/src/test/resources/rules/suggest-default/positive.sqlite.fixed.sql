CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  done BOOLEAN NOT NULL DEFAULT FALSE,
--^^^^ suggest-default
  status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')) DEFAULT 'todo',
--^^^^^^ suggest-default
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP
--^^^^^^^^^^ suggest-default DEFAULT CURRENT_TIMESTAMP
);
