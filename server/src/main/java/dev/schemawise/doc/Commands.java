package dev.schemawise.doc;

import java.util.Map;

/** The everyday commands of each migration tool, as the architecture document lists them (the seed's, and the tools' docs). */
final class Commands {
    private Commands() {}

    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("Prisma", """
                    npx prisma migrate dev --name description   # create + apply
                    npx prisma migrate deploy                   # production apply
                    npx prisma generate                         # regenerate client
                    """),
            Map.entry("Sequelize", """
                    npx sequelize-cli migration:generate --name add-column-to-table
                    npx sequelize-cli db:migrate
                    npx sequelize-cli db:migrate:undo        # rollback last
                    """),
            Map.entry("TypeORM", """
                    npx typeorm migration:generate -d src/data-source.ts -n MigrationName
                    npx typeorm migration:run -d src/data-source.ts
                    npx typeorm migration:revert -d src/data-source.ts   # rollback
                    """),
            Map.entry("golang-migrate", """
                    migrate create -ext sql -dir {dir} -seq add_column_to_table
                    migrate -path {dir} -database "$DATABASE_URL" up
                    migrate -path {dir} -database "$DATABASE_URL" down 1   # rollback last
                    """),
            Map.entry("dbmate", """
                    dbmate new add_column_to_table
                    dbmate up
                    dbmate rollback                          # rollback last
                    """),
            Map.entry("Flyway", """
                    flyway -locations=filesystem:{dir} migrate
                    flyway -locations=filesystem:{dir} info
                    flyway -locations=filesystem:{dir} undo    # rollback last (U files)
                    """),
            Map.entry("Drizzle Kit", """
                    npx drizzle-kit generate                 # create from the TypeScript schema
                    npx drizzle-kit migrate                  # apply
                    """),
            Map.entry("Drizzle", """
                    npx drizzle-kit generate                 # create from the TypeScript schema
                    npx drizzle-kit migrate                  # apply
                    """),
            Map.entry("Supabase CLI", """
                    supabase migration new add_column_to_table
                    supabase db push                         # apply to the linked project
                    supabase db reset                        # rebuild the local database from migrations
                    """),
            Map.entry("Knex", """
                    npx knex migrate:make add_column_to_table
                    npx knex migrate:latest
                    npx knex migrate:rollback                # rollback last batch
                    """),
            Map.entry("Active Record", """
                    bin/rails generate migration AddColumnToTable
                    bin/rails db:migrate
                    bin/rails db:rollback                    # rollback last
                    """),
            Map.entry("Alembic", """
                    alembic revision --autogenerate -m "add column to table"
                    alembic upgrade head
                    alembic downgrade -1                     # rollback last
                    """),
            Map.entry("numbered SQL migrations", """
                    # numbered .sql files in {dir}, applied in order by the project's own runner
                    """));

    static boolean known(String tool) {
        return COMMANDS.containsKey(tool);
    }

    static String of(String tool, String dir) {
        String commands = COMMANDS.get(tool);
        return commands == null ? "# see the " + tool + " documentation\n" : commands.replace("{dir}", dir);
    }
}
