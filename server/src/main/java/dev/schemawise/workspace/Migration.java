package dev.schemawise.workspace;

/**
 * One migration of a migrations folder.
 *
 * @param version  the version as written (a timestamp, "1", "1.2"); ordering uses {@link MigrationLayouts#compareVersions}
 * @param name     the description part of the name
 * @param upFile   the file applying it (path as in the workspace)
 * @param downFile the file reverting it, or null; for dbmate the same file as upFile (its "-- migrate:down" part)
 */
public record Migration(MigrationTool tool, String version, String name, String upFile, String downFile) {}
