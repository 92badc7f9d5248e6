-- fixture: {"rules": {"banned-types": {"options": {"types": {"datetime": "TEXT"}}}}}
CREATE TABLE notes (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL);
--                                                     ^^^^^^^^ banned-types
