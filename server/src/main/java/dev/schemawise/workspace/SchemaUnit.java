package dev.schemawise.workspace;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Problem;
import dev.schemawise.model.Schema;
import java.util.List;

/**
 * One database schema of the workspace: the SQL files of one folder, one Prisma schema (one or more files),
 * or one migrations folder replayed in order. The examples folder of this repository has four: the same
 * application as PostgreSQL, MySQL, Prisma and migrations.
 *
 * @param id           the unit's folder (or file, for a single SQL file) as a workspace path
 * @param tool         the migration tool, for MIGRATIONS units, else null
 * @param files        the files it reads, in the order they apply
 * @param migrations   the migrations in order (MIGRATIONS units), else empty
 * @param prismaProvider the datasource provider of a Prisma schema, else null
 * @param relationMode   a Prisma schema's relationMode ("prisma" means no foreign keys in the database), else null
 * @param steps          for MIGRATIONS units, each migration with its statements and what existed before it; else empty
 * @param prismaNames    for a Prisma schema, a hash of the names its tables take from one another (see
 *                       {@code PrismaSchemaMapper.Result#names}); else 0
 */
public record SchemaUnit(String id, Kind kind, Dialect dialect, MigrationTool tool, List<String> files, List<Migration> migrations,
                         Schema schema, List<Problem> problems, String prismaProvider, String relationMode, List<MigrationStep> steps,
                         long prismaNames) {

    public enum Kind { SQL_SCHEMA, PRISMA_SCHEMA, MIGRATIONS }

    public SchemaUnit {
        files = List.copyOf(files);
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
        steps = List.copyOf(steps);
    }
}
