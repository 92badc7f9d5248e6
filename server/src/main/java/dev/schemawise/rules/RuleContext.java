package dev.schemawise.rules;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.schemawise.config.Config;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Schema;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a rule sees while checking one schema: the schema and its unit, the workspace (for references that
 * cross schemas), the configuration and the rule's options, the file texts (to build fixes), and where to
 * report. Findings get their severity and suppressions applied by the {@link Analyzer}.
 */
public final class RuleContext {
    private final Workspace workspace;
    private final SchemaUnit unit;
    private final RuleInfo info;
    private final JsonObject options;
    private final Config config;
    private final Consumer<Finding> sink;
    /** The tables {@link #tables()} walks (null: all), and the one it is at, which owns what is reported meanwhile. */
    private final java.util.function.Predicate<dev.schemawise.model.Table> only;
    private dev.schemawise.model.Table current;
    private final List<dev.schemawise.model.Table> owners;

    RuleContext(Workspace workspace, SchemaUnit unit, RuleInfo info, JsonObject options, Config config, Consumer<Finding> sink) {
        this(workspace, unit, info, options, config, sink, null, null);
    }

    /**
     * @param only    the tables {@link #tables()} gives (null for all of them)
     * @param owners  when not null, receives for each finding reported the table {@link #tables()} was at (null outside it)
     */
    RuleContext(Workspace workspace, SchemaUnit unit, RuleInfo info, JsonObject options, Config config, Consumer<Finding> sink,
                java.util.function.Predicate<dev.schemawise.model.Table> only, List<dev.schemawise.model.Table> owners) {
        this.workspace = workspace;
        this.unit = unit;
        this.info = info;
        this.options = options == null ? new JsonObject() : options;
        this.config = config;
        this.sink = sink;
        this.only = only;
        this.owners = owners;
    }

    /**
     * The tables to check, in schema order: all of them, except when the editor re-checks only the tables an edit
     * touched (see {@link Rule#perTable()}). A rule that walks these reports each table's findings while at it.
     */
    public Iterable<dev.schemawise.model.Table> tables() {
        List<dev.schemawise.model.Table> all = schema().tables();
        return () -> new java.util.Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                while (from < all.size() && only != null && !only.test(all.get(from))) from++;
                return from;
            }

            @Override
            public boolean hasNext() {
                if (next >= all.size()) current = null;
                return next < all.size();
            }

            @Override
            public dev.schemawise.model.Table next() {
                if (next >= all.size()) throw new java.util.NoSuchElementException();
                current = all.get(next);
                next = advance(next + 1);
                return current;
            }
        };
    }

    private void emit(Finding finding) {
        if (owners != null) owners.add(current);
        sink.accept(finding);
    }

    public Workspace workspace() {
        return workspace;
    }

    public SchemaUnit unit() {
        return unit;
    }

    public Schema schema() {
        return unit.schema();
    }

    public Dialect dialect() {
        return unit.dialect();
    }

    /** True for a Prisma schema (fixes are written in Prisma, names are model and field names). */
    public boolean prisma() {
        return unit.kind() == SchemaUnit.Kind.PRISMA_SCHEMA;
    }

    public Config config() {
        return config;
    }

    public RuleInfo info() {
        return info;
    }

    public String text(String file) {
        FileReport f = workspace.file(file);
        return f == null ? "" : f.text();
    }

    public LineIndex lines(String file) {
        FileReport f = workspace.file(file);
        return f == null ? new LineIndex("") : f.lines();
    }

    public Span span(String file, int start, int end) {
        return lines(file).span(start, end);
    }

    /** Reports at the name of an element (the squiggle goes on the name). */
    public void report(SourceRef at, String message, Fix... fixes) {
        // Arrays.asList, not List.of: a rule passes null for "no fix here", which the other overload drops.
        report(at.file(), at.nameRange(), message, java.util.Arrays.asList(fixes));
    }

    /** Reports with fixes worked out only when asked for (a costly fix; see {@link LazyFixes}). */
    public void report(SourceRef at, String message, java.util.function.Supplier<List<Fix>> fixes) {
        report(at.file(), at.nameRange(), message, fixes);
    }

    public void report(String file, Span range, String message, java.util.function.Supplier<List<Fix>> fixes) {
        emit(new Finding(info.id(), info.defaultSeverity(), file, range, message, new LazyFixes(fixes)));
    }

    public void report(String file, Span range, String message, List<Fix> fixes) {
        List<Fix> kept = new ArrayList<>();
        for (Fix f : fixes) {
            if (f != null) kept.add(f);
        }
        emit(new Finding(info.id(), info.defaultSeverity(), file, range, message, kept));
    }

    // ------------------------------------------------------------------ names in messages

    /** How a message names a table: the model name in a Prisma schema, the table name (with a non-default schema) in SQL. */
    public String name(dev.schemawise.model.Table table) {
        if (prisma()) return "model " + table.declaredName();
        return "table " + table.name().display();
    }

    /** How a message names a column: {@code field Order.userId} or {@code column orders.user_id}. */
    public String name(dev.schemawise.model.Table table, dev.schemawise.model.Column column) {
        return prisma() ? "field " + table.declaredName() + "." + column.declaredName() : "column " + table.name().name() + "." + column.name();
    }

    /** How a message names the table a foreign key references (its model name in Prisma). */
    public String targetName(dev.schemawise.model.ForeignKey fk) {
        if (prisma()) {
            dev.schemawise.model.Table target = schema().table(fk.targetTable());
            if (target != null) return target.declaredName();
        }
        return fk.targetTable().name();
    }

    /** The column of a table by database name, as the schema's dialect compares names. */
    public dev.schemawise.model.Column column(dev.schemawise.model.Table table, String name) {
        return table.column(name);
    }

    // ------------------------------------------------------------------ options

    /** An option's value as configured, else its documented default. */
    public JsonElement option(String name) {
        JsonElement configured = options.get(name);
        if (configured != null && !configured.isJsonNull()) return configured;
        for (OptionSpec spec : info.options()) {
            if (spec.name().equals(name)) return JsonParser.parseString(spec.defaultJson());
        }
        throw new IllegalArgumentException("rule " + info.id() + " has no option " + name);
    }

    public String stringOption(String name) {
        return option(name).getAsString();
    }

    public int intOption(String name) {
        return option(name).getAsInt();
    }

    public List<String> stringsOption(String name) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : option(name).getAsJsonArray()) out.add(e.getAsString());
        return out;
    }
}
