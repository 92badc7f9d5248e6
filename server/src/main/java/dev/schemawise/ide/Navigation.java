package dev.schemawise.ide;

import dev.schemawise.ide.IdeTypes.DocumentSymbol;
import dev.schemawise.ide.IdeTypes.Fold;
import dev.schemawise.ide.IdeTypes.Highlight;
import dev.schemawise.ide.IdeTypes.Location;
import dev.schemawise.ide.IdeTypes.RenameResult;
import dev.schemawise.ide.IdeTypes.SymbolKind;
import dev.schemawise.ide.IdeTypes.WorkspaceSymbol;
import dev.schemawise.ide.SymbolIndex.Symbol;
import dev.schemawise.model.Column;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.prisma.PrismaAst;
import dev.schemawise.rules.SqlSource;
import dev.schemawise.rules.TextEdit;
import dev.schemawise.text.Comment;
import dev.schemawise.text.Span;
import dev.schemawise.workspace.FileReport;
import dev.schemawise.workspace.SchemaUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Go to definition, find references, highlights, rename, document and workspace symbols, folding ranges. */
final class Navigation {
    private Navigation() {}

    static List<Location> definition(Snapshot snapshot, String file, int offset) {
        SymbolIndex index = SymbolIndex.of(snapshot);
        Symbol s = index.first(file, offset);
        if (s == null) return List.of();
        List<Location> out = new ArrayList<>();
        for (Symbol other : index.sameAs(s)) {
            if (other.declaration()) out.add(new Location(other.file(), other.range()));
        }
        if (!out.isEmpty()) return firstDeclarations(out);
        // A table declared in another schema of the workspace (a foreign key across schemas), or a column of it.
        Elements.Resolved r = Elements.resolve(snapshot, s);
        if (r == null) return List.of();
        if (r.column() != null) return List.of(new Location(r.column().source().file(), r.column().source().nameRange()));
        if (r.table() != null && (s.kind() == Occurrence.Kind.TABLE)) return List.of(new Location(r.table().source().file(), r.table().source().nameRange()));
        if (r.index() != null) return List.of(new Location(r.index().source().file(), r.index().source().nameRange()));
        return List.of();
    }

    /** A table re-created by several statements has several declarations; the first is "the" definition. */
    private static List<Location> firstDeclarations(List<Location> all) {
        return all.size() <= 1 ? all : List.of(all.get(0));
    }

    static List<Location> references(Snapshot snapshot, String file, int offset, boolean includeDeclaration) {
        SymbolIndex index = SymbolIndex.of(snapshot);
        Symbol s = index.first(file, offset);
        if (s == null) return List.of();
        List<Location> out = new ArrayList<>();
        for (Symbol other : index.sameAs(s)) {
            if (includeDeclaration || !other.declaration()) out.add(new Location(other.file(), other.range()));
        }
        return out;
    }

    static List<Highlight> highlights(Snapshot snapshot, String file, int offset) {
        SymbolIndex index = SymbolIndex.of(snapshot);
        Symbol s = index.first(file, offset);
        if (s == null) return List.of();
        List<Highlight> out = new ArrayList<>();
        for (Symbol other : index.sameAs(s)) {
            if (other.file().equals(file)) out.add(new Highlight(other.range(), other.declaration()));
        }
        return out;
    }

    // ------------------------------------------------------------------ rename

    /** The range of the name under the cursor, if it can be renamed. */
    static Span prepareRename(Snapshot snapshot, String file, int offset) {
        Symbol s = SymbolIndex.of(snapshot).first(file, offset);
        return s == null ? null : s.range();
    }

    /**
     * Renames every occurrence of the object under the cursor in its schema. Refuses an invalid name or one that
     * clashes with an existing table (model) or column (field). In Prisma the database name is kept by adding
     * {@code @@map}/{@code @map} with the old name (as Prisma's own server does), unless {@code keepDatabaseName}
     * is false (a migration-level rename).
     */
    static RenameResult rename(Snapshot snapshot, String file, int offset, String newName, boolean keepDatabaseName) {
        SymbolIndex index = SymbolIndex.of(snapshot);
        Symbol s = index.first(file, offset);
        if (s == null) return new RenameResult(Map.of(), "nothing to rename here");
        if (!newName.matches("[\\p{L}_][\\p{L}\\p{N}_$]*")) return new RenameResult(Map.of(), "'" + newName + "' is not a valid name");
        SchemaUnit unit = snapshot.workspace().unit(s.unit());
        if (unit == null) return new RenameResult(Map.of(), "nothing to rename here");
        String clash = clash(snapshot, unit, s, newName);
        if (clash != null) return new RenameResult(Map.of(), clash);
        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        for (Symbol o : index.sameAs(s)) {
            String text = s.prisma() ? newName : SqlSource.quote(newName, unit.dialect());
            edits.computeIfAbsent(o.file(), k -> new ArrayList<>()).add(new TextEdit(o.file(), o.range(), text));
        }
        if (s.prisma() && keepDatabaseName) keepPrismaDatabaseName(snapshot, unit, s, edits);
        return new RenameResult(edits, null);
    }

    private static String clash(Snapshot snapshot, SchemaUnit unit, Symbol s, String newName) {
        Schema schema = unit.schema();
        if (s.kind() == Occurrence.Kind.TABLE || s.kind() == Occurrence.Kind.TYPE) {
            for (Table t : schema.tables()) {
                String existing = s.prisma() ? t.declaredName() : t.name().name();
                if (schema.dialect().key(existing).equals(schema.dialect().key(newName)) && !existing.equals(s.container())) {
                    return (s.prisma() ? "a model " : "a table ") + existing + " already exists";
                }
            }
            for (var e : schema.enums()) {
                if ((s.prisma() ? e.declaredName() : e.name().name()).equals(newName)) return "a type " + newName + " already exists";
            }
        }
        if (s.kind() == Occurrence.Kind.COLUMN) {
            Elements.Resolved r = Elements.resolve(snapshot, s);
            if (r != null && r.table() != null) {
                for (Column c : r.table().columns()) {
                    String existing = s.prisma() ? c.declaredName() : c.name();
                    if (schema.dialect().key(existing).equals(schema.dialect().key(newName)) && !existing.equals(s.name())) {
                        return (s.prisma() ? "model " + r.table().declaredName() + " already has a field " : "table " + r.table().name().name()
                                + " already has a column ") + existing;
                    }
                }
                if (s.prisma()) {
                    // relation fields are no columns but share the namespace
                    for (PrismaAst.Block b : SymbolIndex.allBlocks(snapshot.workspace(), unit)) {
                        if (!b.name().equals(s.container())) continue;
                        for (PrismaAst.Field f : b.fields()) {
                            if (f.name().equals(newName)) return "model " + b.name() + " already has a field " + newName;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Adds @@map("Old") to a renamed model (or enum), @map("old") to a renamed field, when it has none. */
    private static void keepPrismaDatabaseName(Snapshot snapshot, SchemaUnit unit, Symbol s, Map<String, List<TextEdit>> edits) {
        for (PrismaAst.Block b : SymbolIndex.allBlocks(snapshot.workspace(), unit)) {
            if (!b.name().equals(s.container())) continue;
            String file = blockFile(snapshot, unit, b);
            if (file == null) continue;
            var lines = snapshot.workspace().file(file).prisma().lines();
            if (s.kind() == Occurrence.Kind.TABLE || s.kind() == Occurrence.Kind.TYPE) {
                if (b.attribute("map") != null) return;
                String text = lines.text();
                int close = b.bodyEnd();
                if (close >= text.length() || text.charAt(close) != '}') return;
                int lineStart = lines.lineStart(lines.line(close));
                edits.computeIfAbsent(file, k -> new ArrayList<>()).add(new TextEdit(file, lines.span(lineStart, lineStart),
                        "  @@map(\"" + b.name() + "\")\n"));
                return;
            }
            if (s.kind() == Occurrence.Kind.COLUMN) {
                for (PrismaAst.Field f : b.fields()) {
                    if (!f.name().equals(s.name())) continue;
                    boolean relation = f.type() != null && SymbolIndex.allBlocks(snapshot.workspace(), unit).stream()
                            .anyMatch(x -> x.name().equals(f.type().name()) && x.kind() == PrismaAst.BlockKind.MODEL);
                    if (relation || f.attribute("map") != null || b.kind() == PrismaAst.BlockKind.ENUM && f.attribute("map") != null) return;
                    edits.computeIfAbsent(file, k -> new ArrayList<>()).add(new TextEdit(file, lines.span(f.range().end(), f.range().end()),
                            " @map(\"" + f.name() + "\")"));
                    return;
                }
            }
        }
    }

    private static String blockFile(Snapshot snapshot, SchemaUnit unit, PrismaAst.Block block) {
        for (String path : unit.files()) {
            FileReport f = snapshot.workspace().file(path);
            if (f != null && f.prisma() != null && f.prisma().blocks().contains(block)) return path;
        }
        return null;
    }

    // ------------------------------------------------------------------ symbols

    static List<DocumentSymbol> documentSymbols(Snapshot snapshot, String file) {
        FileReport f = snapshot.workspace().file(file);
        if (f == null) return List.of();
        if (f.prisma() != null) return prismaSymbols(f);
        List<DocumentSymbol> out = new ArrayList<>();
        SchemaUnit unit = snapshot.workspace().unit(f.unitId());
        Map<String, List<DocumentSymbol>> children = new LinkedHashMap<>();
        Map<String, Symbol> tables = new LinkedHashMap<>();
        for (Symbol s : SymbolIndex.of(snapshot).inFile(file)) {
            if (!s.declaration()) continue;
            switch (s.kind()) {
                case TABLE, VIEW, TYPE, SEQUENCE -> tables.putIfAbsent(s.key(), s);
                case COLUMN, INDEX, CONSTRAINT -> {
                    String tableKey = s.table() == null ? "" : SymbolIndex.tableKey(unit, s.table());
                    SymbolKind kind = s.kind() == Occurrence.Kind.COLUMN ? SymbolKind.COLUMN : s.kind() == Occurrence.Kind.INDEX ? SymbolKind.INDEX : SymbolKind.CONSTRAINT;
                    Span range = s.range();
                    String detail = null;
                    if (s.kind() == Occurrence.Kind.COLUMN && unit != null && s.table() != null) {
                        Table t = unit.schema().table(s.table());
                        Column c = t == null ? null : t.column(s.name());
                        if (c != null && c.source().file().equals(file)) {
                            range = c.source().range();
                            detail = c.type().raw() + (c.nullable() ? "" : " NOT NULL");
                        }
                    }
                    children.computeIfAbsent(tableKey, k -> new ArrayList<>()).add(new DocumentSymbol(s.name(), detail, kind, range, s.range(), List.of()));
                }
            }
        }
        for (Symbol t : tables.values()) {
            Span range = t.range();
            String detail = null;
            SymbolKind kind = switch (t.kind()) {
                case VIEW -> SymbolKind.VIEW;
                case TYPE -> SymbolKind.ENUM;
                case SEQUENCE -> SymbolKind.SEQUENCE;
                default -> SymbolKind.TABLE;
            };
            if (unit != null && t.kind() == Occurrence.Kind.TABLE) {
                Table table = unit.schema().table(t.table());
                if (table != null && table.source().file().equals(file)) {
                    range = table.source().range();
                    detail = table.columns().size() + " columns";
                }
            }
            List<DocumentSymbol> kids = t.kind() == Occurrence.Kind.TABLE ? children.getOrDefault(SymbolIndex.tableKey(unit, t.table()), List.of()) : List.of();
            Span full = range;
            for (DocumentSymbol k : kids) full = full.union(k.range());
            out.add(new DocumentSymbol(t.table() == null ? t.container() : t.table().toString(), detail, kind, full, t.range(), kids));
        }
        return out;
    }

    private static List<DocumentSymbol> prismaSymbols(FileReport f) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (PrismaAst.Block b : f.prisma().blocks()) {
            List<DocumentSymbol> kids = new ArrayList<>();
            SymbolKind kind = switch (b.kind()) {
                case ENUM -> SymbolKind.ENUM;
                case VIEW -> SymbolKind.VIEW;
                case TYPE -> SymbolKind.TYPE;
                case DATASOURCE, GENERATOR -> SymbolKind.CONFIG;
                default -> SymbolKind.TABLE;
            };
            for (PrismaAst.Field field : b.fields()) {
                SymbolKind fieldKind = b.kind() == PrismaAst.BlockKind.ENUM ? SymbolKind.ENUM_MEMBER : SymbolKind.COLUMN;
                String detail = field.type() == null ? null : field.type().name() + (field.type().list() ? "[]" : "") + (field.type().optional() ? "?" : "");
                kids.add(new DocumentSymbol(field.name(), detail, fieldKind, field.range(), field.nameRange(), List.of()));
            }
            out.add(new DocumentSymbol(b.name(), b.kind().name().toLowerCase(Locale.ROOT), kind, b.range(), b.nameRange(), kids));
        }
        return out;
    }

    static List<WorkspaceSymbol> workspaceSymbols(Snapshot snapshot, String query, int limit) {
        List<WorkspaceSymbol> out = new ArrayList<>();
        String q = query.toLowerCase(Locale.ROOT);
        for (Symbol s : SymbolIndex.of(snapshot).all()) {
            if (!s.declaration()) continue;
            String name = s.name() != null ? s.name() : s.container();
            if (!matches(name.toLowerCase(Locale.ROOT), q)) continue;
            SymbolKind kind = switch (s.kind()) {
                case COLUMN -> SymbolKind.COLUMN;
                case INDEX -> SymbolKind.INDEX;
                case CONSTRAINT -> SymbolKind.CONSTRAINT;
                case TYPE -> SymbolKind.ENUM;
                case VIEW -> SymbolKind.VIEW;
                case SEQUENCE -> SymbolKind.SEQUENCE;
                default -> SymbolKind.TABLE;
            };
            out.add(new WorkspaceSymbol(name, s.name() != null ? s.container() : s.unit(), kind, new Location(s.file(), s.range())));
            if (out.size() >= limit) break;
        }
        return out;
    }

    /** Case-insensitive subsequence match ("ordit" finds "order_items"), as editors filter symbols. */
    static boolean matches(String name, String query) {
        int i = 0;
        for (int j = 0; j < name.length() && i < query.length(); j++) {
            if (name.charAt(j) == query.charAt(i)) i++;
        }
        return i == query.length();
    }

    // ------------------------------------------------------------------ folding

    static List<Fold> folding(Snapshot snapshot, String file) {
        FileReport f = snapshot.workspace().file(file);
        if (f == null) return List.of();
        List<Fold> out = new ArrayList<>();
        if (f.prisma() != null) {
            for (PrismaAst.Block b : f.prisma().blocks()) {
                if (b.range().endLine() > b.range().startLine()) out.add(new Fold(b.range().startLine(), b.range().endLine(), false));
            }
            comments(f.prisma().comments(), out);
        } else if (f.sql() != null) {
            for (Statement s : f.sql().statements()) {
                if (s.range().endLine() > s.range().startLine()) out.add(new Fold(s.range().startLine(), s.range().endLine(), false));
            }
            comments(f.sql().comments(), out);
        }
        return out;
    }

    /** Runs of line comments on consecutive lines, and multi-line block comments. */
    private static void comments(List<Comment> comments, List<Fold> out) {
        int start = -1;
        int end = -1;
        for (Comment c : comments) {
            if (c.range().endLine() > c.range().startLine()) {
                out.add(new Fold(c.range().startLine(), c.range().endLine(), true));
                continue;
            }
            int line = c.range().startLine();
            if (start >= 0 && line == end + 1) {
                end = line;
            } else {
                if (start >= 0 && end > start) out.add(new Fold(start, end, true));
                start = line;
                end = line;
            }
        }
        if (start >= 0 && end > start) out.add(new Fold(start, end, true));
    }
}
