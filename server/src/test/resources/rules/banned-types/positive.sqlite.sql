-- fixture: {"rules": {"banned-types": {"options": {"types": {"datetime": "TEXT"}}}}}
CREATE TABLE notes (id INTEGER PRIMARY KEY, created_at DATETIME NOT NULL);
--                                                     ^^^^^^^^ banned-types
