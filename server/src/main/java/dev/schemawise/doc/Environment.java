package dev.schemawise.doc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ORMs and migration tools a project uses, detected from the files that configure them: {@code package.json}
 * dependencies, {@code .sequelizerc}, {@code ormconfig.*}, {@code drizzle.config.*}, {@code knexfile.*},
 * {@code Gemfile} and {@code db/schema.rb}, {@code flyway.conf}, {@code sqlc.yaml}, {@code alembic.ini},
 * {@code go.mod}, and Rails' {@code db/migrate/} folder (given as a path ending in "/" with no text). The caller reads
 * the files ({@link #MARKERS} says which); this class only looks at texts.
 */
public final class Environment {
    private Environment() {}

    /** One tool, and the file that shows it (a workspace path). */
    public record Detected(String name, String evidence) {}

    /** File names worth reading for detection (matched on the last path element, case-insensitively). */
    public static final Set<String> MARKERS = Set.of("package.json", ".sequelizerc", "ormconfig.json", "ormconfig.js", "ormconfig.ts",
            "ormconfig.yml", "data-source.ts", "drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs", "knexfile.js", "knexfile.ts",
            "gemfile", "schema.rb", "flyway.conf", "flyway.toml", "sqlc.yaml", "sqlc.yml", "sqlc.json", "alembic.ini", "go.mod");

    private static final Map<String, String> NPM = new LinkedHashMap<>();

    static {
        NPM.put("@prisma/client", "Prisma");
        NPM.put("prisma", "Prisma");
        NPM.put("sequelize", "Sequelize");
        NPM.put("typeorm", "TypeORM");
        NPM.put("drizzle-orm", "Drizzle");
        NPM.put("knex", "Knex");
        NPM.put("mongoose", "Mongoose");
        NPM.put("kysely", "Kysely");
        NPM.put("@mikro-orm/core", "MikroORM");
        NPM.put("objection", "Objection.js");
        NPM.put("db-migrate", "db-migrate");
        NPM.put("node-pg-migrate", "node-pg-migrate");
    }

    /** @param files marker files (workspace path → text), in any order */
    public static List<Detected> detect(Map<String, String> files) {
        Map<String, Detected> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(files).entrySet()) {
            String path = e.getKey();
            String text = e.getValue() == null ? "" : e.getValue();
            if (path.contains("node_modules/")) continue;
            if (path.equals("db/migrate/") || path.endsWith("/db/migrate/")) {
                out.putIfAbsent("Active Record", new Detected("Active Record", path));
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            switch (name) {
                case "package.json" -> {
                    for (String dep : npmDependencies(text)) {
                        String tool = NPM.get(dep);
                        if (tool != null) out.putIfAbsent(tool, new Detected(tool, path));
                    }
                }
                case ".sequelizerc" -> out.putIfAbsent("Sequelize", new Detected("Sequelize", path));
                case "ormconfig.json", "ormconfig.js", "ormconfig.ts", "ormconfig.yml" -> out.putIfAbsent("TypeORM", new Detected("TypeORM", path));
                case "data-source.ts" -> {
                    if (text.contains("typeorm")) out.putIfAbsent("TypeORM", new Detected("TypeORM", path));
                }
                case "drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs" -> out.putIfAbsent("Drizzle", new Detected("Drizzle", path));
                case "knexfile.js", "knexfile.ts" -> out.putIfAbsent("Knex", new Detected("Knex", path));
                case "gemfile" -> {
                    if (text.matches("(?s).*gem\\s+['\"](rails|activerecord)['\"].*")) out.putIfAbsent("Active Record", new Detected("Active Record", path));
                }
                case "schema.rb" -> {
                    if (text.contains("ActiveRecord::Schema")) out.putIfAbsent("Active Record", new Detected("Active Record", path));
                }
                case "flyway.conf", "flyway.toml" -> out.putIfAbsent("Flyway", new Detected("Flyway", path));
                case "sqlc.yaml", "sqlc.yml", "sqlc.json" -> out.putIfAbsent("sqlc", new Detected("sqlc", path));
                case "alembic.ini" -> out.putIfAbsent("Alembic", new Detected("Alembic", path));
                case "go.mod" -> {
                    if (text.contains("github.com/golang-migrate/migrate")) out.putIfAbsent("golang-migrate", new Detected("golang-migrate", path));
                    if (text.contains("gorm.io/gorm")) out.putIfAbsent("GORM", new Detected("GORM", path));
                    if (text.contains("github.com/pressly/goose")) out.putIfAbsent("goose", new Detected("goose", path));
                    if (text.contains("entgo.io/ent")) out.putIfAbsent("ent", new Detected("ent", path));
                }
                default -> { }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The names in dependencies and devDependencies; nothing for a file that is not JSON. */
    static List<String> npmDependencies(String json) {
        List<String> out = new ArrayList<>();
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) return out;
            for (String section : List.of("dependencies", "devDependencies")) {
                JsonElement deps = root.getAsJsonObject().get(section);
                if (deps instanceof JsonObject o) out.addAll(o.keySet());
            }
        } catch (RuntimeException e) {
            // a broken package.json says nothing about the ORM
        }
        return out;
    }
}
