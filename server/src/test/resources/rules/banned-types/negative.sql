-- fixture: {"rules": {"banned-types": {"options": {"types": {"varchar": "text", "Json": "String", "Float": "Decimal"}}}}}
-- Allowed types, Prisma-only keys (PascalCase scalar names) that say nothing about SQL, and names that merely look alike.
CREATE TABLE notes (id bigint PRIMARY KEY, body text, meta json, score float, varchar_count int, kind "varchar_kind");
