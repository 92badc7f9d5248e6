-- Singular table names; tables that link two others are named after both (users_to_workspaces), and keep their
-- names even with a column of their own or an integer timestamp, as Drizzle writes them for SQLite.
CREATE TABLE user (id INTEGER PRIMARY KEY, email TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE workspace (id INTEGER PRIMARY KEY, workspace_name TEXT NOT NULL);
CREATE TABLE monitor (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE, check_url TEXT NOT NULL);
CREATE TABLE notification (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE, provider_name TEXT NOT NULL);
CREATE TABLE status_page (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE, page_title TEXT NOT NULL);
CREATE TABLE users_to_workspaces (
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
  member_role TEXT NOT NULL,
  PRIMARY KEY (user_id, workspace_id)
);
CREATE TABLE notifications_to_monitors (
  notification_id INTEGER NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
  monitor_id INTEGER NOT NULL REFERENCES monitor (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (notification_id, monitor_id)
);
