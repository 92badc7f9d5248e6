-- VALIDATE CONSTRAINT takes a SHARE UPDATE EXCLUSIVE lock, which reads and writes do not wait for
ALTER TABLE users VALIDATE CONSTRAINT users_email_check;
