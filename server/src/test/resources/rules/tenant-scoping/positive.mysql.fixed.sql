-- fixture: {"multiTenancy": {"column": "workspace_id"}}
CREATE TABLE `workspaces` (`id` BIGINT NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `documents` (
  `id` BIGINT NOT NULL,
  `workspace_id` BIGINT NOT NULL,
  `title` VARCHAR(200) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_documents_title` (`workspace_id`, `title`),
--           ^^^^^^^^^^^^^^^^^^^^ tenant-scoping unique constraint (title)
  KEY `idx_documents_updated_at` (`workspace_id`, `updated_at`),
--    ^^^^^^^^^^^^^^^^^^^^^^^^^^ tenant-scoping index idx_documents_updated_at (updated_at)
  FULLTEXT KEY `ft_documents_title` (`title`),
  CONSTRAINT `fk_documents_workspace` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `labels` (`id` BIGINT NOT NULL, `label_name` VARCHAR(50) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
--           ^^^^^^^^ tenant-scoping table labels has
