package dev.schemawise.prisma;

import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Column;
import dev.schemawise.model.ColumnType;
import dev.schemawise.model.CompositeType;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Index;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.Problem;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Schema;
import dev.schemawise.model.Table;
import dev.schemawise.model.TypeFamily;
import dev.schemawise.model.Types;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.model.View;
import dev.schemawise.prisma.PrismaAst.ArrayValue;
import dev.schemawise.prisma.PrismaAst.Attribute;
import dev.schemawise.prisma.PrismaAst.Block;
import dev.schemawise.prisma.PrismaAst.BlockKind;
import dev.schemawise.prisma.PrismaAst.Call;
import dev.schemawise.prisma.PrismaAst.Expression;
import dev.schemawise.prisma.PrismaAst.Field;
import dev.schemawise.prisma.PrismaAst.NumberValue;
import dev.schemawise.prisma.PrismaAst.Path;
import dev.schemawise.prisma.PrismaAst.StringValue;
import dev.schemawise.text.Hashes;
import dev.schemawise.text.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Prisma schema (one or several files of one folder) onto the schema model, the way Prisma Migrate
 * would create the database: @@map/@map names, @db native types or the provider's default types, relation
 * fields as foreign keys, and the join tables of implicit many-to-many relations.
 */
public final class PrismaSchemaMapper {

    /** What the datasource says, plus problems found while mapping (unknown types, unknown fields in @relation). */
    /**
     * @param names a hash of what a model's table takes from outside its block (see {@link #environment}): an editor
     *              keeps what it worked out for a model while this and the model's own text stay the same
     */
    public record Result(Schema schema, String provider, String relationMode, List<Problem> problems, long names) {}

    private static final Set<String> SCALARS = Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes", "Unsupported");

    private final Map<String, Block> models = new LinkedHashMap<>();
    private final Map<String, Block> enums = new LinkedHashMap<>();
    private final Map<String, Block> composites = new LinkedHashMap<>();
    // Identity: blocks are records whose deep hashCode would walk every field and attribute on each lookup.
    private final Map<Block, String> fileOf = new java.util.IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private String provider;
    private String relationMode;
    private Dialect dialect;

    private final Memo memo;

    private PrismaSchemaMapper(Memo memo) {
        this.memo = memo;
    }

    /**
     * What the last mapping of a schema made of each model block, for the next mapping of the same schema (an
     * editor's, after an edit): a block the edit's reading kept as it was (the same object, at the same place) is
     * mapped to the same table again, unless what a table takes from the other blocks changed (see
     * {@link #environment}).
     */
    public static final class Memo {
        private record State(long environment, Map<Block, Mapped> byBlock) {}

        private volatile State state;
    }

    private record Mapped(Table table, List<Problem> problems) {}

    /**
     * @param dialectOverride the dialect from configuration, or null to use the datasource provider
     */
    public static Result map(List<PrismaParseResult> files, Dialect dialectOverride) {
        return map(files, dialectOverride, null);
    }

    /** @param memo what the last mapping of the same schema made, updated by this one; null to map every block */
    public static Result map(List<PrismaParseResult> files, Dialect dialectOverride, Memo memo) {
        PrismaSchemaMapper m = new PrismaSchemaMapper(memo);
        return m.run(files, dialectOverride);
    }

    private Result run(List<PrismaParseResult> files, Dialect dialectOverride) {
        for (PrismaParseResult f : files) {
            for (Block b : f.blocks()) {
                fileOf.put(b, f.file());
                switch (b.kind()) {
                    case MODEL, VIEW -> models.putIfAbsent(b.name(), b);
                    case ENUM -> enums.putIfAbsent(b.name(), b);
                    case TYPE -> composites.putIfAbsent(b.name(), b);
                    case DATASOURCE -> {
                        provider = stringOrEnv(b.property("provider"));
                        relationMode = stringOrEnv(b.property("relationMode"));
                        if (relationMode == null) relationMode = stringOrEnv(b.property("referentialIntegrity"));
                    }
                    case GENERATOR -> { }
                }
            }
        }
        Dialect fromProvider = Dialect.fromId(provider);
        dialect = dialectOverride != null ? dialectOverride : fromProvider != null ? fromProvider : Dialect.POSTGRESQL;

        List<EnumType> enumTypes = new ArrayList<>();
        for (Block e : enums.values()) enumTypes.add(enumType(e));
        List<CompositeType> compositeTypes = new ArrayList<>();
        for (Block c : composites.values()) {
            compositeTypes.add(new CompositeType(QualifiedName.of(c.name()), c.name(), scalarColumns(c), c.documentation(), source(c)));
        }
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        long environment = environment(files);
        Memo.State previous = memo == null ? null : memo.state;
        Map<Block, Mapped> reuse = previous != null && previous.environment() == environment ? previous.byBlock() : java.util.Collections.emptyMap();
        Map<Block, Mapped> made = memo == null ? null : new java.util.IdentityHashMap<>();
        for (Block b : models.values()) {
            if (b.kind() == BlockKind.VIEW) {
                views.add(new View(tableName(b), b.name(), false, scalarColumns(b), null, null, b.documentation(), List.of(), source(b)));
            } else {
                Mapped m = reuse.get(b);
                if (m == null) {
                    int before = problems.size();
                    Table t = table(b);
                    m = new Mapped(t, List.copyOf(problems.subList(before, problems.size())));
                } else {
                    problems.addAll(m.problems());
                }
                tables.add(m.table());
                if (made != null) made.put(b, m);
            }
        }
        if (memo != null) memo.state = new Memo.State(environment, made);
        tables.addAll(implicitJoinTables());
        Schema schema = new Schema(dialect, tables, views, enumTypes, compositeTypes, List.of(), List.of());
        return new Result(schema, provider, relationMode, List.copyOf(problems), environment);
    }

    /**
     * All that a model's table takes from outside its block, as a hash: the dialect, and the kinds, names and database
     * names of every block and field (which fields are relations, the tables and columns a foreign key references,
     * the enum a column's type names).
     */
    private long environment(List<PrismaParseResult> files) {
        long h = Hashes.name(Hashes.START, dialect.name());
        for (PrismaParseResult f : files) {
            h = Hashes.name(h, f.file());
            for (Block b : f.blocks()) {
                h = Hashes.name(h, b.kind().name());
                h = Hashes.name(h, b.name());
                if (b.kind() == BlockKind.MODEL || b.kind() == BlockKind.VIEW || b.kind() == BlockKind.ENUM) {
                    h = Hashes.name(h, stringArg(b.attribute("map"), "name"));
                    h = Hashes.name(h, stringArg(b.attribute("schema"), "name"));
                }
                if (b.kind() == BlockKind.MODEL || b.kind() == BlockKind.VIEW) {
                    for (Field field : b.fields()) {
                        h = Hashes.name(h, field.name());
                        h = Hashes.name(h, columnName(field));
                    }
                }
            }
        }
        return h;
    }

    private static String stringOrEnv(Expression e) {
        if (e instanceof StringValue s) return s.value();
        return null;
    }

    private SourceRef source(Block b) {
        return new SourceRef(fileOf.get(b), b.range(), b.nameRange());
    }

    private SourceRef source(Block b, Field f) {
        return new SourceRef(fileOf.get(b), f.range(), f.nameRange());
    }

    private SourceRef source(Block b, Attribute a) {
        return new SourceRef(fileOf.get(b), a.range(), a.nameRange());
    }

    // ------------------------------------------------------------------ names

    private QualifiedName tableName(Block b) {
        String mapped = stringArg(b.attribute("map"), "name");
        String schema = stringArg(b.attribute("schema"), "name");
        return new QualifiedName(schema, mapped != null ? mapped : b.name());
    }

    private static String columnName(Field f) {
        String mapped = stringArg(f.attribute("map"), "name");
        return mapped != null ? mapped : f.name();
    }

    private static String stringArg(Attribute a, String name) {
        if (a == null) return null;
        Expression e = a.argument(name, true);
        return e instanceof StringValue s ? s.value() : null;
    }

    /**
     * Database column names of the fields of {@code model} listed in an array argument (e.g. fields: [authorId]);
     * {@code writtenIn} is the block holding the argument (for references: [...], not the referenced model).
     */
    private List<String> fieldList(Block model, Expression e, Block writtenIn) {
        List<String> out = new ArrayList<>();
        if (!(e instanceof ArrayValue array)) return out;
        for (Expression item : array.items()) {
            String fieldName = item instanceof Path p ? p.name() : item instanceof Call c ? c.name() : null;
            if (fieldName == null) continue;
            Field f = field(model, fieldName);
            if (f == null) {
                problems.add(new Problem(fileOf.get(writtenIn), item.range(), "model " + model.name() + " has no field " + fieldName));
                out.add(fieldName);
            } else {
                out.add(columnName(f));
            }
        }
        return out;
    }

    private static Field field(Block model, String name) {
        for (Field f : model.fields()) {
            if (f.name().equals(name)) return f;
        }
        return null;
    }

    // ------------------------------------------------------------------ enums, columns, types

    private EnumType enumType(Block e) {
        List<EnumType.EnumValue> values = new ArrayList<>();
        for (Field v : e.fields()) values.add(new EnumType.EnumValue(columnName(v), v.name(), source(e, v)));
        String mapped = stringArg(e.attribute("map"), "name");
        String schema = stringArg(e.attribute("schema"), "name");
        return new EnumType(new QualifiedName(schema, mapped != null ? mapped : e.name()), e.name(), values, e.documentation(), source(e));
    }

    private boolean isRelationField(Field f) {
        return f.type() != null && models.containsKey(f.type().name()) && f.type().unsupported() == null;
    }

    private List<Column> scalarColumns(Block b) {
        List<Column> out = new ArrayList<>();
        for (Field f : b.fields()) {
            if (f.type() == null || isRelationField(f)) continue;
            out.add(column(b, f));
        }
        return out;
    }

    private Column column(Block b, Field f) {
        ColumnType type = columnType(b, f);
        Attribute def = f.attribute("default");
        String defaultValue = null;
        Identity identity = Identity.NONE;
        if (def != null) {
            Expression value = def.argument("value", true);
            defaultValue = value == null ? null : expressionText(value);
            if (value instanceof Call c && c.name().equals("autoincrement")) identity = Identity.AUTO_INCREMENT;
        }
        SourceRef src = source(b, f);
        return new Column(columnName(f), f.name(), type, f.type().optional(), defaultValue, identity, null, null, f.documentation(),
                f.attribute("updatedAt") != null, src, f.type().range(), List.of(src));
    }

    private ColumnType columnType(Block b, Field f) {
        String typeName = f.type().name();
        int dims = f.type().list() ? 1 : 0;
        Attribute nativeType = null;
        for (Attribute a : f.attributes()) {
            if (a.name().startsWith("db.")) nativeType = a;
        }
        StringBuilder raw = new StringBuilder(typeName);
        if (f.type().unsupported() != null) raw.append("(\"").append(f.type().unsupported()).append("\")");
        if (f.type().list()) raw.append("[]");
        if (f.type().optional()) raw.append('?');
        if (nativeType != null) {
            raw.append(" @").append(nativeType.name());
            List<String> args = new ArrayList<>();
            for (PrismaAst.Argument a : nativeType.arguments()) args.add(expressionText(a.value()));
            if (!args.isEmpty()) raw.append('(').append(String.join(", ", args)).append(')');
            String written = raw.toString();
            String sqlName = nativeSqlName(nativeType.name().substring(3));
            return typeOf(written, () -> Types.of(sqlName, args, dims, written, dialect));
        }
        if (enums.containsKey(typeName)) {
            Block e = enums.get(typeName);
            String mapped = stringArg(e.attribute("map"), "name");
            return new ColumnType(TypeFamily.ENUM, mapped != null ? mapped : typeName, raw.toString(), List.of(), dims, false);
        }
        if (composites.containsKey(typeName)) return new ColumnType(TypeFamily.JSON, typeName, raw.toString(), List.of(), dims, false);
        if (typeName.equals("Unsupported")) {
            String inner = f.type().unsupported() == null ? "" : f.type().unsupported();
            int paren = inner.indexOf('(');
            return Types.of(paren > 0 ? inner.substring(0, paren) : inner, List.of(), dims, raw.toString(), dialect);
        }
        if (!SCALARS.contains(typeName)) {
            problems.add(new Problem(fileOf.get(b), f.type().nameRange(),
                    "type " + typeName + " of field " + b.name() + "." + f.name() + " is neither a built-in type nor a model, enum or composite type"));
            return new ColumnType(TypeFamily.OTHER, typeName, raw.toString(), List.of(), dims, false);
        }
        String written = raw.toString();
        return typeOf(written, () -> defaultType(typeName, dims, written));
    }

    /**
     * Column types by dialect and the type as written ("DateTime? @db.Timestamptz(3)"), which decides them: a schema
     * repeats a few dozen types over thousands of fields, and each is mapped again on every edit. Immutable, so shared.
     */
    private static final dev.schemawise.text.StringMemo<ColumnType> TYPES = new dev.schemawise.text.StringMemo<>(10_000);

    private ColumnType typeOf(String written, java.util.function.Supplier<ColumnType> compute) {
        return TYPES.get(dialect.name() + '|' + written, key -> compute.get());
    }

    /** The column type Prisma Migrate creates for a scalar without @db, per provider. */
    private ColumnType defaultType(String scalar, int dims, String raw) {
        String sql = switch (dialect) {
            case MYSQL -> switch (scalar) {
                case "String" -> "varchar(191)";
                case "Boolean" -> "tinyint(1)";
                case "Int" -> "int";
                case "BigInt" -> "bigint";
                case "Float" -> "double";
                case "Decimal" -> "decimal(65,30)";
                case "DateTime" -> "datetime(3)";
                case "Json" -> "json";
                default -> "longblob";
            };
            case SQLITE -> switch (scalar) {
                case "String" -> "text";
                case "Boolean" -> "boolean";
                case "Int" -> "integer";
                case "BigInt" -> "bigint";
                case "Float" -> "real";
                case "Decimal" -> "decimal";
                case "DateTime" -> "datetime";
                case "Json" -> "jsonb";
                default -> "blob";
            };
            default -> switch (scalar) {
                case "String" -> "text";
                case "Boolean" -> "boolean";
                case "Int" -> "integer";
                case "BigInt" -> "bigint";
                case "Float" -> "double precision";
                case "Decimal" -> "decimal(65,30)";
                case "DateTime" -> "timestamp(3)";
                case "Json" -> "jsonb";
                default -> "bytea";
            };
        };
        int paren = sql.indexOf('(');
        String base = paren < 0 ? sql : sql.substring(0, paren);
        List<String> args = paren < 0 ? List.of() : List.of(sql.substring(paren + 1, sql.length() - 1).split(","));
        ColumnType t = Types.of(base, args, dims, raw, dialect);
        // Float is double precision everywhere but MySQL's "double"; keep the family exact.
        if (scalar.equals("Float")) return new ColumnType(TypeFamily.DOUBLE, t.name(), raw, args, dims, false);
        return t;
    }

    /** @db.X attribute names to SQL type names ("DoublePrecision" to "double precision"). */
    static String nativeSqlName(String attribute) {
        String lower = attribute.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "doubleprecision" -> "double precision";
            case "unsignedint", "unsignedmediumint" -> "int";
            case "unsignedbigint" -> "bigint";
            case "unsignedsmallint" -> "smallint";
            case "unsignedtinyint" -> "tinyint";
            case "objectid" -> "objectid";
            default -> lower;
        };
    }

    static String expressionText(Expression e) {
        if (e instanceof StringValue s) return "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (e instanceof NumberValue n) return n.text();
        if (e instanceof Path p) return p.name();
        if (e instanceof Call c) {
            List<String> args = new ArrayList<>();
            for (PrismaAst.Argument a : c.arguments()) args.add((a.name() != null ? a.name() + ": " : "") + expressionText(a.value()));
            return c.name() + "(" + String.join(", ", args) + ")";
        }
        if (e instanceof ArrayValue a) {
            List<String> items = new ArrayList<>();
            for (Expression item : a.items()) items.add(expressionText(item));
            return "[" + String.join(", ", items) + "]";
        }
        return "";
    }

    // ------------------------------------------------------------------ tables

    private Table table(Block b) {
        QualifiedName name = tableName(b);
        List<Column> columns = scalarColumns(b);
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (Field f : b.fields()) {
            if (f.type() == null) continue;
            Attribute id = f.attribute("id");
            if (id != null) pk = new PrimaryKey(stringArg(id, "map"), List.of(columnName(f)), source(b, f));
            Attribute unique = f.attribute("unique");
            if (unique != null) {
                uniques.add(new UniqueConstraint(namedString(unique, "map"), List.of(columnName(f)), false, source(b, f)));
            }
            if (isRelationField(f)) {
                ForeignKey fk = foreignKey(b, f);
                if (fk != null) fks.add(fk);
            }
        }
        for (Attribute a : b.attributes()) {
            switch (a.name()) {
                case "id" -> pk = new PrimaryKey(namedString(a, "map"), keyColumns(b, a), source(b, a));
                case "unique" -> uniques.add(new UniqueConstraint(namedString(a, "map"), keyColumns(b, a), false, source(b, a)));
                case "index", "fulltext" -> indexes.add(index(b, a));
                default -> { }
            }
        }
        String schemaDoc = b.documentation();
        return new Table(name, b.name(), Table.Origin.PRISMA_MODEL, columns, pk, uniques, indexes, fks, List.<CheckConstraint>of(), false,
                null, null, List.of(), Map.of(), b.attribute("ignore") != null, schemaDoc, source(b), List.of(source(b)));
    }

    private static String namedString(Attribute a, String name) {
        Expression e = a.argument(name, false);
        return e instanceof StringValue s ? s.value() : null;
    }

    private List<String> keyColumns(Block b, Attribute a) {
        Expression fields = a.argument("fields", true);
        return fieldList(b, fields, b);
    }

    private Index index(Block b, Attribute a) {
        List<IndexKey> keys = new ArrayList<>();
        Expression fields = a.argument("fields", true);
        if (fields instanceof ArrayValue array) {
            for (Expression item : array.items()) {
                String fieldName = item instanceof Path p ? p.name() : item instanceof Call c ? c.name() : null;
                if (fieldName == null) continue;
                Field f = field(b, fieldName);
                if (f == null) {
                    problems.add(new Problem(fileOf.get(b), item.range(), "model " + b.name() + " has no field " + fieldName));
                }
                String column = f == null ? fieldName : columnName(f);
                boolean desc = false;
                String opclass = null;
                int length = 0;
                if (item instanceof Call c) {
                    for (PrismaAst.Argument arg : c.arguments()) {
                        if ("sort".equals(arg.name()) && arg.value() instanceof Path p) desc = p.name().equals("Desc");
                        if ("ops".equals(arg.name())) opclass = expressionText(arg.value());
                        if ("length".equals(arg.name()) && arg.value() instanceof NumberValue n) length = parseInt(n.text());
                    }
                }
                keys.add(new IndexKey(column, null, opclass, null, desc, null, length));
            }
        }
        String method = null;
        Expression type = a.argument("type", false);
        if (type instanceof Path p) method = p.name().toLowerCase(Locale.ROOT);
        if ("btree".equals(method)) method = null;
        String kind = a.name().equals("fulltext") ? "FULLTEXT" : null;
        // Partial indexes (preview feature partialIndexes): where: raw("status = 'pending'")
        String where = null;
        Expression predicate = a.argument("where", false);
        if (predicate instanceof Call c && c.name().equals("raw") && !c.arguments().isEmpty() && c.arguments().get(0).value() instanceof StringValue sv) {
            where = sv.value();
        } else if (predicate != null) {
            where = expressionText(predicate);
        }
        return new Index(namedString(a, "map"), false, method, kind, keys, List.of(), where, source(b, a));
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private ForeignKey foreignKey(Block b, Field f) {
        Attribute relation = f.attribute("relation");
        if (relation == null) return null;
        Expression fields = relation.argument("fields", false);
        Expression references = relation.argument("references", false);
        if (fields == null || references == null) return null;
        Block target = models.get(f.type().name());
        List<String> columns = fieldList(b, fields, b);
        List<String> targetColumns = fieldList(target, references, b);
        ReferentialAction onDelete = action(relation.argument("onDelete", false));
        ReferentialAction onUpdate = action(relation.argument("onUpdate", false));
        return new ForeignKey(namedString(relation, "map"), columns, tableName(target), targetColumns, onDelete, onUpdate, false, false,
                source(b, f), relation.range(), f.name());
    }

    private static ReferentialAction action(Expression e) {
        return e instanceof Path p ? ReferentialAction.fromPrisma(p.name()) : null;
    }

    /** The "_AToB" join tables Prisma creates for list relations with no fields on either side. */
    private List<Table> implicitJoinTables() {
        List<Table> out = new ArrayList<>();
        for (Block a : models.values()) {
            if (a.kind() != BlockKind.MODEL) continue;
            for (Field fa : a.fields()) {
                if (!isRelationField(fa) || !fa.type().list()) continue;
                Attribute ra = fa.attribute("relation");
                if (ra != null && ra.argument("fields", false) != null) continue;
                String relationName = ra == null ? null : stringArg(ra, "name");
                Block b = models.get(fa.type().name());
                if (b == null || b.kind() != BlockKind.MODEL) continue;
                Field fb = backRelation(b, a, fa, relationName);
                if (fb == null || !fb.type().list()) continue;
                // Each pair once: from the model whose name sorts first (or the first field of a self-relation).
                int order = a.name().compareTo(b.name());
                if (order > 0 || (order == 0 && indexOf(a.fields(), fa) > indexOf(a.fields(), fb))) continue;
                out.add(joinTable(a, fa, b, relationName));
            }
        }
        return out;
    }

    private static int indexOf(List<Field> fields, Field f) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == f) return i;
        }
        return -1;
    }

    private Field backRelation(Block b, Block a, Field fa, String relationName) {
        for (Field f : b.fields()) {
            if (f == fa || f.type() == null || !f.type().name().equals(a.name())) continue;
            Attribute r = f.attribute("relation");
            String name = r == null ? null : stringArg(r, "name");
            if (relationName == null ? name == null : relationName.equals(name)) return f;
        }
        return null;
    }

    private Table joinTable(Block a, Field fa, Block b, String relationName) {
        String name = "_" + (relationName != null ? relationName : a.name() + "To" + b.name());
        QualifiedName tableName = new QualifiedName(stringArg(a.attribute("schema"), "name"), name);
        ColumnType aType = idType(a);
        ColumnType bType = idType(b);
        SourceRef src = source(a, fa);
        List<Column> columns = List.of(
                new Column("A", "A", aType, false, null, Identity.NONE, null, null, null, false, src, fa.type().range(), List.of(src)),
                new Column("B", "B", bType, false, null, Identity.NONE, null, null, null, false, src, fa.type().range(), List.of(src)));
        List<ForeignKey> fks = List.of(
                new ForeignKey(name + "_A_fkey", List.of("A"), tableName(a), idColumns(a), ReferentialAction.CASCADE, ReferentialAction.CASCADE,
                        false, false, src, fa.range(), null),
                new ForeignKey(name + "_B_fkey", List.of("B"), tableName(b), idColumns(b), ReferentialAction.CASCADE, ReferentialAction.CASCADE,
                        false, false, src, fa.range(), null));
        PrimaryKey pk = new PrimaryKey(name + "_AB_pkey", List.of("A", "B"), src);
        Index bIndex = new Index(name + "_B_index", false, null, null, List.of(IndexKey.column("B")), List.of(), null, src);
        return new Table(tableName, name, Table.Origin.PRISMA_IMPLICIT, columns, pk, List.of(), List.of(bIndex), fks, List.of(), false, null,
                null, List.of(), Map.of(), false, null, src, List.of(src));
    }

    private List<String> idColumns(Block model) {
        for (Field f : model.fields()) {
            if (f.attribute("id") != null) return List.of(columnName(f));
        }
        Attribute id = model.attribute("id");
        return id == null ? List.of() : keyColumns(model, id);
    }

    private ColumnType idType(Block model) {
        for (Field f : model.fields()) {
            if (f.attribute("id") != null && f.type() != null) return columnType(model, f);
        }
        return defaultType("Int", 0, "Int");
    }
}
