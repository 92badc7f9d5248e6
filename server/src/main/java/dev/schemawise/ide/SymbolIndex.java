package dev.schemawise.ide;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.Schema;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.prisma.PrismaAst.Attribute;
import dev.schemawise.prisma.PrismaAst.Block;
import dev.schemawise.prisma.PrismaAst.Field;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import dev.schemawise.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name of every file of a snapshot: declarations and references of tables (models), columns (fields),
 * indexes, constraints, types (enums, composite types), views and sequences, with their ranges and an identity
 * shared by all occurrences of the same object within a schema. SQL names come from the front end's
 * occurrences; Prisma names from its syntax tree. Built once per snapshot.
 */
public final class SymbolIndex {

    /**
     * One name in one file.
     *
     * @param table     the table (model, type, view, sequence) itself or the one the name belongs to; null when unknown
     * @param container its bare name as written (the model name in Prisma)
     * @param name      the column, index or constraint name as written, or null for a table, type, view or sequence
     * @param key       the identity: occurrences of the same object share it
     */
    public record Symbol(Occurrence.Kind kind, String unit, QualifiedName table, String container, String name, String file, Span range,
                         boolean declaration, boolean prisma, String key) {

        public String display() {
            return name == null ? container : container + "." + name;
        }
    }

    /**
     * A file's symbols by where they start, with, in the same order, where each starts and the furthest any symbol up
     * to it ends (so that finding the symbols at an offset reads only those that may contain it, not the whole file's).
     */
    private record FileSymbols(List<Symbol> symbols, int[] starts, int[] reach) {}

    private final Map<String, FileSymbols> byFile = new HashMap<>();
    private final Map<String, List<Symbol>> byKey = new HashMap<>();

    /** The index of a snapshot's workspace, built once per snapshot and kept by it. */
    public static SymbolIndex of(Snapshot snapshot) {
        return snapshot.symbols();
    }

    SymbolIndex(Workspace workspace) {
        for (FileReport f : workspace.files()) {
            SchemaUnit unit = f.unitId() == null ? null : workspace.unit(f.unitId());
            if (unit == null) continue;
            List<Symbol> symbols = new ArrayList<>();
            if (f.sql() != null) {
                for (Occurrence o : f.sql().occurrences()) symbols.add(sql(unit, f.path(), o));
            } else if (f.prisma() != null) {
                prisma(workspace, unit, f, symbols);
            }
            symbols.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
            int[] starts = new int[symbols.size()];
            int[] reach = new int[symbols.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = symbols.get(i).range().start();
                reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], symbols.get(i).range().end());
            }
            byFile.put(f.path(), new FileSymbols(symbols, starts, reach));
            for (Symbol s : symbols) byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
    }

    /** The symbols of a file whose range contains the offset (innermost first). */
    public List<Symbol> at(String file, int offset) {
        List<Symbol> out = new ArrayList<>();
        FileSymbols known = byFile.get(file);
        if (known == null) return out;
        List<Symbol> symbols = known.symbols();
        int[] starts = known.starts();
        int[] reach = known.reach();
        // from the last symbol that starts at or before the offset, back while one of those before may still reach it
        int after = 0;
        int hi = starts.length;
        while (after < hi) {
            int mid = (after + hi) >>> 1;
            if (starts[mid] <= offset) after = mid + 1;
            else hi = mid;
        }
        for (int i = after - 1; i >= 0 && reach[i] >= offset; i--) {
            Symbol s = symbols.get(i);
            if (s.range().start() <= offset && offset <= s.range().end()) out.add(s);
        }
        java.util.Collections.reverse(out);
        out.sort((a, b) -> Integer.compare(a.range().length(), b.range().length()));
        return out;
    }

    public Symbol first(String file, int offset) {
        List<Symbol> all = at(file, offset);
        return all.isEmpty() ? null : all.get(0);
    }

    public List<Symbol> inFile(String file) {
        FileSymbols known = byFile.get(file);
        return known == null ? List.of() : known.symbols();
    }

    /** Every occurrence of the same object (same schema), declarations and references. */
    public List<Symbol> sameAs(Symbol s) {
        return byKey.getOrDefault(s.key(), List.of());
    }

    /** Every occurrence of objects with this key (to look a table up across schemas). */
    public List<Symbol> byKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    public List<Symbol> all() {
        List<Symbol> out = new ArrayList<>();
        for (FileSymbols f : byFile.values()) out.addAll(f.symbols());
        return out;
    }

    // ------------------------------------------------------------------ identities

    static String key(Occurrence.Kind kind, String unit, String container, String name) {
        return kind + "\u0000" + unit + "\u0000" + container + "\u0000" + (name == null ? "" : name);
    }

    private static Symbol sql(SchemaUnit unit, String file, Occurrence o) {
        Dialect d = unit.dialect();
        String containerKey;
        if (o.kind() == Occurrence.Kind.INDEX && d != Dialect.MYSQL) {
            containerKey = ""; // index names are unique per database schema, and DROP INDEX does not name the table
        } else {
            containerKey = o.table() == null ? "" : Schema.key(d, o.table());
        }
        String nameKey = o.name() == null ? null : d.key(o.name());
        String container = o.table() == null ? "" : o.table().name();
        return new Symbol(o.kind(), unit.id(), o.table(), container, o.name(), file, o.range(), o.declaration(), false,
                key(o.kind(), unit.id(), containerKey, nameKey));
    }

    private void prisma(Workspace workspace, SchemaUnit unit, FileReport f, List<Symbol> out) {
        Set<String> models = new HashSet<>();
        Set<String> types = new HashSet<>();
        Map<String, Block> blocks = new HashMap<>();
        for (Block b : allBlocks(workspace, unit)) {
            blocks.put(b.name(), b);
            if (b.kind() == PrismaAst.BlockKind.MODEL || b.kind() == PrismaAst.BlockKind.VIEW) models.add(b.name());
            if (b.kind() == PrismaAst.BlockKind.ENUM || b.kind() == PrismaAst.BlockKind.TYPE) types.add(b.name());
        }
        for (Block b : f.prisma().blocks()) {
            boolean model = b.kind() == PrismaAst.BlockKind.MODEL || b.kind() == PrismaAst.BlockKind.VIEW;
            boolean type = b.kind() == PrismaAst.BlockKind.ENUM || b.kind() == PrismaAst.BlockKind.TYPE;
            if (!model && !type) continue;
            Occurrence.Kind blockKind = model ? Occurrence.Kind.TABLE : Occurrence.Kind.TYPE;
            out.add(prismaSymbol(blockKind, unit, b.name(), null, f.path(), b.nameRange(), true));
            for (Field field : b.fields()) {
                out.add(prismaSymbol(Occurrence.Kind.COLUMN, unit, b.name(), field.name(), f.path(), field.nameRange(), true));
                if (field.type() != null) {
                    String typeName = field.type().name();
                    if (models.contains(typeName)) {
                        out.add(prismaSymbol(Occurrence.Kind.TABLE, unit, typeName, null, f.path(), field.type().nameRange(), false));
                    } else if (types.contains(typeName)) {
                        out.add(prismaSymbol(Occurrence.Kind.TYPE, unit, typeName, null, f.path(), field.type().nameRange(), false));
                    }
                }
                for (Attribute a : field.attributes()) {
                    if (a.name().equals("relation") && field.type() != null) {
                        fieldList(unit, b.name(), f.path(), a.argument("fields", false), out);
                        fieldList(unit, field.type().name(), f.path(), a.argument("references", false), out);
                    }
                    if (a.name().equals("default") && field.type() != null && blocks.containsKey(field.type().name())
                            && a.argument("value", true) instanceof PrismaAst.Path p) {
                        out.add(prismaSymbol(Occurrence.Kind.COLUMN, unit, field.type().name(), p.name(), f.path(), p.range(), false));
                    }
                }
            }
            for (Attribute a : b.attributes()) {
                if (a.name().equals("index") || a.name().equals("unique") || a.name().equals("id") || a.name().equals("fulltext")) {
                    fieldList(unit, b.name(), f.path(), a.argument("fields", true), out);
                }
            }
        }
    }

    /** The blocks of every file of a (possibly multi-file) Prisma schema. */
    static List<Block> allBlocks(Workspace workspace, SchemaUnit unit) {
        List<Block> out = new ArrayList<>();
        for (String path : unit.files()) {
            FileReport report = workspace.file(path);
            if (report != null && report.prisma() != null) out.addAll(report.prisma().blocks());
        }
        return out;
    }

    private static void fieldList(SchemaUnit unit, String model, String file, PrismaAst.Expression e, List<Symbol> out) {
        if (!(e instanceof PrismaAst.ArrayValue array)) return;
        for (PrismaAst.Expression item : array.items()) {
            if (item instanceof PrismaAst.Path p) {
                out.add(prismaSymbol(Occurrence.Kind.COLUMN, unit, model, p.name(), file, p.range(), false));
            } else if (item instanceof PrismaAst.Call c) {
                Span r = c.range();
                Span nameRange = new Span(r.start(), r.start() + c.name().length(), r.startLine(), r.startColumn(), r.startLine(),
                        r.startColumn() + c.name().length());
                out.add(prismaSymbol(Occurrence.Kind.COLUMN, unit, model, c.name(), file, nameRange, false));
            }
        }
    }

    private static Symbol prismaSymbol(Occurrence.Kind kind, SchemaUnit unit, String container, String name, String file, Span range, boolean declaration) {
        return new Symbol(kind, unit.id(), QualifiedName.of(container), container, name, file, range, declaration, true,
                key(kind, unit.id(), container, name));
    }

    /** The key a SQL table would have in a unit (to find a table referenced from another schema). */
    public static String tableKey(SchemaUnit unit, QualifiedName table) {
        return key(Occurrence.Kind.TABLE, unit.id(), Schema.key(unit.dialect(), table), null);
    }
}
