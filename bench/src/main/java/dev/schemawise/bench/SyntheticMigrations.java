package dev.schemawise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a golang-migrate folder of N migrations (default 2,000), each with its down, for the "replaying a
 * synthetic 2,000-migration folder stays under 3 s" target of {@code schemawise check}. The history looks like a
 * long-lived application's: it creates tables with foreign keys to earlier ones, then adds and drops columns,
 * creates and drops indexes, adds constraints, renames, backfills data and drops old tables. The sequence is
 * fixed by a seed, so runs compare.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.schemawise.bench.SyntheticMigrations /tmp/migrations-2000 [count]</pre>
 */
public final class SyntheticMigrations {
    private SyntheticMigrations() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SyntheticMigrations <output folder> [count, default 2000]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Files.createDirectories(out);
        List<String[]> migrations = generate(count, new Random(42));
        for (int i = 0; i < migrations.size(); i++) {
            String[] m = migrations.get(i);
            String prefix = String.format("%06d_%s", i + 1, m[0]);
            Files.writeString(out.resolve(prefix + ".up.sql"), m[1], StandardCharsets.UTF_8);
            Files.writeString(out.resolve(prefix + ".down.sql"), m[2], StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " migrations (" + 2 * count + " files) to " + out);
    }

    /** Each migration as {name, up, down}. */
    static List<String[]> generate(int count, Random random) {
        List<String[]> out = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        int serial = 0;
        while (out.size() < count) {
            int kind = tables.size() < 5 ? 0 : random.nextInt(10);
            serial++;
            if (kind <= 2) {
                String t = "entity_" + serial;
                String parent = tables.isEmpty() ? null : tables.get(random.nextInt(tables.size()));
                StringBuilder up = new StringBuilder("CREATE TABLE " + t + " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                        + "    name text NOT NULL,\n    status text NOT NULL DEFAULT 'active',\n");
                List<String> cols = new ArrayList<>(List.of("id", "name", "status"));
                if (parent != null) {
                    up.append("    ").append(parent).append("_id bigint NOT NULL REFERENCES ").append(parent).append(" (id) ON DELETE CASCADE,\n");
                    cols.add(parent + "_id");
                }
                up.append("    created_at timestamptz NOT NULL DEFAULT now(),\n    updated_at timestamptz NOT NULL DEFAULT now()\n);\n");
                cols.add("created_at");
                cols.add("updated_at");
                if (parent != null) up.append("CREATE INDEX ").append(t).append("_").append(parent).append("_id_idx ON ").append(t)
                        .append(" (").append(parent).append("_id);\n");
                tables.add(t);
                columns.add(cols);
                out.add(new String[] {"create_" + t, up.toString(), "DROP TABLE " + t + ";\n"});
                continue;
            }
            int i = random.nextInt(tables.size());
            String t = tables.get(i);
            List<String> cols = columns.get(i);
            String c = "attr_" + serial;
            switch (kind) {
                case 3 -> {
                    cols.add(c);
                    out.add(new String[] {"add_" + c + "_to_" + t, "ALTER TABLE " + t + " ADD COLUMN " + c + " integer;\n",
                            "ALTER TABLE " + t + " DROP COLUMN " + c + ";\n"});
                }
                case 4 -> {
                    String col = cols.get(1 + random.nextInt(cols.size() - 1));
                    String idx = t + "_" + col + "_" + serial + "_idx";
                    out.add(new String[] {"index_" + t + "_" + col, "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + idx + " ON " + t + " (" + col + ");\n",
                            "DROP INDEX CONCURRENTLY IF EXISTS " + idx + ";\n"});
                }
                case 5 -> {
                    String check = t + "_name_" + serial + "_check";
                    out.add(new String[] {"check_" + t + "_name",
                            "ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (char_length(name) <= 200) NOT VALID;\n"
                                    + "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";\n",
                            "ALTER TABLE " + t + " DROP CONSTRAINT " + check + ";\n"});
                }
                case 6 -> {
                    cols.add(c);
                    out.add(new String[] {"backfill_" + c,
                            "ALTER TABLE " + t + " ADD COLUMN " + c + " text;\nUPDATE " + t + " SET " + c + " = name WHERE " + c + " IS NULL;\n",
                            "ALTER TABLE " + t + " DROP COLUMN " + c + ";\n"});
                }
                case 7 -> {
                    if (cols.size() <= 5) {
                        serial--;
                        continue;
                    }
                    String col = cols.get(cols.size() - 1);
                    if (!col.startsWith("attr_")) {
                        serial--;
                        continue;
                    }
                    cols.remove(cols.size() - 1);
                    out.add(new String[] {"drop_" + col, "ALTER TABLE " + t + " DROP COLUMN " + col + ";\n",
                            "ALTER TABLE " + t + " ADD COLUMN " + col + " integer;\n"});
                }
                case 8 -> out.add(new String[] {"comment_" + t, "COMMENT ON TABLE " + t + " IS 'table " + t + " of the synthetic history';\n",
                        "COMMENT ON TABLE " + t + " IS NULL;\n"});
                default -> {
                    cols.add(c);
                    out.add(new String[] {"add_" + c, "ALTER TABLE " + t + " ADD COLUMN " + c + " boolean NOT NULL DEFAULT false;\n",
                            "ALTER TABLE " + t + " DROP COLUMN " + c + ";\n"});
                }
            }
        }
        return out;
    }
}
