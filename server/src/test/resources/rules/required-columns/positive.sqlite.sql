-- fixture: {"rules": {"required-columns": {"options": {"requirements": [{"tables": "?ags", "columns": [{"name": "updated_at", "nullable": false}]}]}}}}
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, updated_at TEXT);
--                                                             ^^^^^^^^^^ required-columns
CREATE TABLE bags (id INTEGER PRIMARY KEY, updated_at TEXT NOT NULL);
CREATE TABLE flags (id INTEGER PRIMARY KEY);
