package dev.schemawise.sql;

import dev.schemawise.grammar.SqlLexer;
import dev.schemawise.grammar.SqlParser;
import dev.schemawise.grammar.SqlParser.*;
import dev.schemawise.model.CheckConstraint;
import dev.schemawise.model.Column;
import dev.schemawise.model.ColumnType;
import dev.schemawise.model.CompositeType;
import dev.schemawise.model.Constraint;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.EnumType;
import dev.schemawise.model.ForeignKey;
import dev.schemawise.model.Identity;
import dev.schemawise.model.Index;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.IndexKey;
import dev.schemawise.model.PrimaryKey;
import dev.schemawise.model.QualifiedName;
import dev.schemawise.model.ReferentialAction;
import dev.schemawise.model.Sequence;
import dev.schemawise.model.Types;
import dev.schemawise.model.UniqueConstraint;
import dev.schemawise.model.View;
import dev.schemawise.model.ddl.AlterAction;
import dev.schemawise.model.ddl.AlterSequenceOwnedBy;
import dev.schemawise.model.ddl.AlterTable;
import dev.schemawise.model.ddl.AlterType;
import dev.schemawise.model.ddl.CommentOn;
import dev.schemawise.model.ddl.CreateCompositeType;
import dev.schemawise.model.ddl.CreateEnum;
import dev.schemawise.model.ddl.CreateExtension;
import dev.schemawise.model.ddl.CreateIndex;
import dev.schemawise.model.ddl.CreateSchema;
import dev.schemawise.model.ddl.CreateSequence;
import dev.schemawise.model.ddl.CreateTable;
import dev.schemawise.model.ddl.CreateView;
import dev.schemawise.model.ddl.Drop;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.model.ddl.RenameIndex;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.SourceRef;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns one statement's parse tree into {@link Statement} values. The tree may be partial (after error
 * recovery), so every child may be null: a missing piece is left out, never a crash. Names come from
 * tokens, folded as the dialect folds unquoted identifiers.
 */
final class SqlStatementReader {
    private final String file;
    private final String text;
    private final Dialect dialect;
    private final BiFunction<Integer, Integer, Span> codePointSpan;
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** The table whose columns are being read (CREATE TABLE, ALTER TABLE), for column occurrences. */
    private QualifiedName currentTable;

    SqlStatementReader(String file, String text, Dialect dialect, BiFunction<Integer, Integer, Span> codePointSpan) {
        this.file = file;
        this.text = text;
        this.dialect = dialect;
        this.codePointSpan = codePointSpan;
    }

    /** Every name read so far, in reading order. */
    List<Occurrence> occurrences() {
        return occurrences;
    }

    // ------------------------------------------------------------------ occurrences

    /** Records the table named by a qualified name (at its last part). */
    private void table(QualifiedNameContext q, QualifiedName name, boolean declaration) {
        if (q == null || name == null || q.identifier().isEmpty()) return;
        occurrences.add(new Occurrence(Occurrence.Kind.TABLE, name, null, span(q.identifier(q.identifier().size() - 1)), declaration));
    }

    private void named(Occurrence.Kind kind, QualifiedNameContext q, QualifiedName name, boolean declaration) {
        if (q == null || name == null || q.identifier().isEmpty()) return;
        occurrences.add(new Occurrence(kind, name, null, span(q.identifier(q.identifier().size() - 1)), declaration));
    }

    private void column(QualifiedName table, IdentifierContext id, boolean declaration) {
        String n = name(id);
        if (table != null && n != null) occurrences.add(new Occurrence(Occurrence.Kind.COLUMN, table, n, span(id), declaration));
    }

    private void columns(QualifiedName table, IdentifierListContext list) {
        if (list == null) return;
        for (IdentifierContext id : list.identifier()) column(table, id, false);
    }

    private void keyColumns(QualifiedName table, List<IndexElementContext> elements) {
        for (IndexElementContext e : elements) {
            IndexExpressionContext x = e.indexExpression();
            if (x == null || x.qualifiedName() == null || x.qualifiedName().identifier().isEmpty()) continue;
            boolean prefixLength = x.parenthesized() != null && dialect == Dialect.MYSQL && inner(x.parenthesized()).trim().matches("\\d+");
            if (x.parenthesized() == null || prefixLength) {
                List<IdentifierContext> ids = x.qualifiedName().identifier();
                column(table, ids.get(ids.size() - 1), false);
            }
        }
    }

    private void member(Occurrence.Kind kind, QualifiedName table, IdentifierContext id, boolean declaration) {
        String n = name(id);
        if (n != null) occurrences.add(new Occurrence(kind, table, n, span(id), declaration));
    }

    List<Statement> read(StatementContext s, Span range) {
        if (s == null) return List.of(new Opaque("", range));
        if (s.createTableStatement() != null) return one(createTable(s.createTableStatement(), range));
        if (s.createIndexStatement() != null) return one(createIndex(s.createIndexStatement(), range));
        if (s.alterTableStatement() != null) return one(alterTable(s.alterTableStatement(), range));
        if (s.dropStatement() != null) return one(drop(s.dropStatement(), range));
        if (s.createTypeStatement() != null) return one(createType(s.createTypeStatement(), range));
        if (s.alterTypeStatement() != null) return one(alterType(s.alterTypeStatement(), range));
        if (s.createSequenceStatement() != null) return one(createSequence(s.createSequenceStatement(), range));
        if (s.alterSequenceStatement() != null) return one(alterSequence(s.alterSequenceStatement(), range));
        if (s.createViewStatement() != null) return one(createView(s.createViewStatement(), range));
        if (s.createExtensionStatement() != null) {
            CreateExtensionStatementContext c = s.createExtensionStatement();
            return one(new CreateExtension(name(c.identifier()), c.ifNotExists() != null, range));
        }
        if (s.createSchemaStatement() != null) {
            CreateSchemaStatementContext c = s.createSchemaStatement();
            String schemaName = !c.identifier().isEmpty() ? name(c.identifier(0)) : null;
            return one(new CreateSchema(schemaName, c.ifNotExists() != null, range));
        }
        if (s.commentStatement() != null) return one(comment(s.commentStatement(), range));
        if (s.alterIndexStatement() != null) return one(alterIndex(s.alterIndexStatement(), range));
        if (s.renameTableStatement() != null) return renameTables(s.renameTableStatement(), range);
        return one(new Opaque(opaqueKind(s), range));
    }

    private static List<Statement> one(Statement s) {
        return List.of(s);
    }

    // ------------------------------------------------------------------ CREATE TABLE

    private Statement createTable(CreateTableStatementContext c, Span range) {
        QualifiedNameContext nameCtx = c.qualifiedName().isEmpty() ? null : c.qualifiedName(0);
        QualifiedName table = qualified(nameCtx);
        if (table == null) return new Opaque("CREATE TABLE", range);
        boolean temporary = c.tableScope() != null && (c.tableScope().TEMP() != null || c.tableScope().TEMPORARY() != null);
        table(nameCtx, table, true);
        currentTable = table;
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        QualifiedName like = null;
        for (TableElementContext e : c.tableElement()) {
            if (e.columnDefinition() != null) {
                Column column = column(e.columnDefinition(), constraints);
                if (column != null) columns.add(column);
            } else if (e.tableConstraint() != null) {
                Constraint constraint = tableConstraint(e.tableConstraint());
                if (constraint != null) constraints.add(constraint);
            } else if (e.indexDefinition() != null) {
                Index index = indexDefinition(e.indexDefinition());
                if (index != null) indexes.add(index);
            } else if (e.LIKE() != null) {
                like = qualified(e.qualifiedName());
                table(e.qualifiedName(), like, false);
            }
        }
        QualifiedName partitionOf = null;
        if (c.PARTITION() != null && c.OF() != null && c.qualifiedName().size() > 1) {
            partitionOf = qualified(c.qualifiedName(1));
            table(c.qualifiedName(1), partitionOf, false);
        }
        if (c.LIKE() != null && c.qualifiedName().size() > 1) {
            like = qualified(c.qualifiedName(1));
            table(c.qualifiedName(1), like, false);
        }
        String partitionBy = null;
        List<QualifiedName> inherits = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        String comment = null;
        for (TableTailContext tail : c.tableTail()) {
            if (tail instanceof PartitionByTailContext p) {
                partitionBy = text(p.partitionSpec());
            } else if (tail instanceof InheritsTailContext i) {
                for (QualifiedNameContext q : i.qualifiedName()) {
                    QualifiedName parent = qualified(q);
                    addIfPresent(inherits, parent);
                    table(q, parent, false);
                }
            } else if (tail instanceof WithTailContext w) {
                options.put("WITH", inner(w.parenthesized()));
            } else if (tail instanceof OidsOrRowidTailContext o) {
                options.put(((o.WITH() != null ? "WITH " : "WITHOUT ") + tokenText(o.IDENTIFIER())).toUpperCase(Locale.ROOT), "true");
            } else if (tail instanceof TablespaceTailContext t) {
                options.put("TABLESPACE", name(t.identifier()));
            } else if (tail instanceof AccessMethodTailContext a) {
                options.put("USING", name(a.identifier()));
            } else if (tail instanceof TableOptionTailContext o && o.tableOption() != null && o.tableOption().optionName() != null) {
                TableOptionContext option = o.tableOption();
                String key = text(option.optionName()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                String value = option.optionValue() == null ? "true" : optionValue(option.optionValue());
                if (key.equals("COMMENT")) {
                    comment = value;
                } else {
                    options.put(key, value);
                }
            }
        }
        SourceRef source = new SourceRef(file, range, span(nameCtx));
        return new CreateTable(table, source, c.ifNotExists() != null, temporary, columns, constraints, indexes,
                partitionBy, partitionOf, inherits, options, comment, like, c.AS() != null, range);
    }

    private String optionValue(OptionValueContext v) {
        if (v.STRING() != null) return string(v.STRING().getSymbol());
        if (v.identifier() != null) return name(v.identifier());
        return text(v);
    }

    /** A column definition; inline constraints are added to {@code constraints} as table-level ones. */
    private Column column(ColumnDefinitionContext c, List<Constraint> constraints) {
        String columnName = name(c.identifier());
        if (columnName == null) return null;
        column(currentTable, c.identifier(), true);
        ColumnType type = type(c.dataType());
        if (c.dataType() != null && c.dataType().typeName() != null && c.dataType().typeName().qualifiedName() != null
                && type.family() == dev.schemawise.model.TypeFamily.OTHER) {
            QualifiedNameContext typeName = c.dataType().typeName().qualifiedName();
            named(Occurrence.Kind.TYPE, typeName, qualified(typeName), false);
        }
        boolean notNull = false;
        String defaultValue = null;
        Identity identity = type.serial() ? Identity.SERIAL : Identity.NONE;
        String generated = null;
        String collation = null;
        String comment = null;
        String pendingName = null;
        int pendingStart = -1;
        for (ColumnOptionContext option : c.columnOption()) {
            int start = pendingStart >= 0 ? pendingStart : option.getStart().getStartIndex();
            SourceRef optionSource = new SourceRef(file, span(start, stop(option)), pendingName != null ? pendingNameSpan(option, pendingStart) : span(option));
            if (option instanceof NamedColumnConstraintContext named) {
                member(Occurrence.Kind.CONSTRAINT, currentTable, named.identifier(), true);
                pendingName = name(named.identifier());
                pendingStart = named.getStart().getStartIndex();
                continue;
            }
            if (option instanceof NotNullOptionContext) {
                notNull = true;
            } else if (option instanceof DefaultOptionContext d) {
                defaultValue = text(d.defaultExpression());
            } else if (option instanceof PrimaryKeyOptionContext) {
                notNull = true;
                constraints.add(new PrimaryKey(pendingName, List.of(columnName), optionSource));
            } else if (option instanceof UniqueOptionContext u) {
                constraints.add(new UniqueConstraint(pendingName, List.of(columnName), u.NOT() != null, optionSource));
            } else if (option instanceof CheckOptionContext ch) {
                constraints.add(new CheckConstraint(pendingName, inner(ch.parenthesized()), mentionedColumns(ch.parenthesized()), false, optionSource));
            } else if (option instanceof ReferencesOptionContext r) {
                ForeignKey fk = references(r.referencesClause(), pendingName, List.of(columnName), optionSource);
                if (fk != null) constraints.add(fk);
            } else if (option instanceof IdentityOptionContext id) {
                notNull = true;
                identity = id.ALWAYS() != null ? Identity.ALWAYS : Identity.BY_DEFAULT;
            } else if (option instanceof GeneratedOptionContext g) {
                generated = inner(g.parenthesized());
            } else if (option instanceof AutoIncrementOptionContext) {
                identity = Identity.AUTO_INCREMENT;
            } else if (option instanceof CollateOptionContext co) {
                collation = co.collationName() == null ? null : text(co.collationName());
            } else if (option instanceof CommentOptionContext cm) {
                Token t = cm.STRING() != null ? cm.STRING().getSymbol() : cm.QUOTED_IDENTIFIER() != null ? cm.QUOTED_IDENTIFIER().getSymbol() : null;
                comment = t == null ? null : string(t);
            }
            pendingName = null;
            pendingStart = -1;
        }
        if (defaultValue != null && defaultValue.toLowerCase(Locale.ROOT).startsWith("nextval(") && identity == Identity.NONE) {
            identity = Identity.SERIAL;
        }
        // serial and identity columns are NOT NULL; so is SQLite's INTEGER PRIMARY KEY (handled by the primary key).
        if (type.serial() && dialect == Dialect.POSTGRESQL) notNull = true;
        SourceRef source = new SourceRef(file, span(c), span(c.identifier()));
        Span typeRange = c.dataType() != null ? span(c.dataType()) : span(c.identifier());
        return new Column(columnName, columnName, type, !notNull, defaultValue, identity, generated, collation, comment, false,
                source, typeRange, List.of(source));
    }

    private Span pendingNameSpan(ColumnOptionContext option, int pendingStart) {
        return pendingStart >= 0 ? span(pendingStart, stop(option)) : span(option);
    }

    private ColumnType type(DataTypeContext t) {
        if (t == null) return Types.of("", List.of(), 0, "", dialect);
        String base = t.typeName() == null ? "" : words(t.typeName());
        if (t.timeZone() != null) base = base + " " + words(t.timeZone());
        List<String> args = new ArrayList<>();
        if (t.typeArguments() != null) {
            for (TypeArgumentContext a : t.typeArguments().typeArgument()) args.add(a.STRING() != null ? string(a.STRING().getSymbol()) : text(a));
        }
        int dims = t.arraySuffix().size();
        return Types.of(base, args, dims, text(t), dialect);
    }

    /** The words of a rule joined by single spaces, identifiers unquoted (for type names). */
    private String words(ParserRuleContext c) {
        StringBuilder b = new StringBuilder();
        for (Token tok : tokens(c)) {
            if (tok.getType() == SqlLexer.DOT) {
                b.append('.');
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != '.') b.append(' ');
            b.append(identifierText(tok));
        }
        return b.toString();
    }

    private Constraint tableConstraint(TableConstraintContext c) {
        ConstraintBodyContext body = c.constraintBody();
        if (body == null) return null;
        String constraintName = c.identifier() != null ? name(c.identifier()) : null;
        if (c.identifier() != null) member(Occurrence.Kind.CONSTRAINT, currentTable, c.identifier(), true);
        boolean notValid = false;
        boolean deferrable = false;
        for (ConstraintAttributeContext a : c.constraintAttribute()) {
            if (a.VALID() != null) notValid = true;
            if (a.DEFERRABLE() != null && a.NOT() == null) deferrable = true;
        }
        Span nameRange = c.identifier() != null ? span(c.identifier()) : span(body);
        SourceRef source = new SourceRef(file, span(c), nameRange);
        if (body instanceof PrimaryKeyConstraintContext pk) {
            keyColumns(currentTable, pk.indexElement());
            if (constraintName == null && pk.indexName() != null) constraintName = name(pk.indexName().identifier());
            return new PrimaryKey(constraintName, keyColumns(pk.indexElement()), source);
        }
        if (body instanceof UniqueConstraintContext u) {
            keyColumns(currentTable, u.indexElement());
            if (u.indexName() != null) member(Occurrence.Kind.CONSTRAINT, currentTable, u.indexName().identifier(), true);
            if (constraintName == null && u.indexName() != null) constraintName = name(u.indexName().identifier());
            return new UniqueConstraint(constraintName, keyColumns(u.indexElement()), u.NOT() != null, source);
        }
        if (body instanceof ForeignKeyConstraintContext fk) {
            if (constraintName == null && fk.indexName() != null) constraintName = name(fk.indexName().identifier());
            List<String> columns = identifiers(fk.identifierList());
            columns(currentTable, fk.identifierList());
            ForeignKey key = references(fk.referencesClause(), constraintName, columns, source);
            if (key == null) return null;
            if (deferrable || notValid) {
                key = new ForeignKey(key.name(), key.columns(), key.targetTable(), key.targetColumns(), key.onDelete(), key.onUpdate(),
                        deferrable, notValid, key.source(), key.actionsRange(), null);
            }
            return key;
        }
        if (body instanceof CheckConstraintContext ch) {
            return new CheckConstraint(constraintName, inner(ch.parenthesized()), mentionedColumns(ch.parenthesized()), notValid, source);
        }
        if (body instanceof ConstraintUsingIndexContext using) {
            // Columns come from the index at replay time; the index name travels as the only "column".
            String indexName = name(using.identifier());
            if (using.PRIMARY() != null) return new PrimaryKey(constraintName, List.of(Constraint.USING_INDEX + indexName), source);
            return new UniqueConstraint(constraintName, List.of(Constraint.USING_INDEX + indexName), false, source);
        }
        return null;
    }

    private List<String> keyColumns(List<IndexElementContext> elements) {
        List<String> columns = new ArrayList<>();
        for (IndexElementContext e : elements) {
            IndexKey key = indexKey(e);
            if (key != null) columns.add(key.column() != null ? key.column() : key.expression());
        }
        return columns;
    }

    private ForeignKey references(ReferencesClauseContext r, String constraintName, List<String> columns, SourceRef source) {
        if (r == null) return null;
        QualifiedName target = qualified(r.qualifiedName());
        if (target == null) return null;
        table(r.qualifiedName(), target, false);
        columns(target, r.identifierList());
        List<String> targetColumns = r.identifierList() != null ? identifiers(r.identifierList()) : List.of();
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        for (int i = 0; i < r.getChildCount(); i++) {
            ParseTree child = r.getChild(i);
            if (child instanceof TerminalNode tn && tn.getSymbol().getType() == SqlLexer.ON && i + 2 < r.getChildCount()
                    && r.getChild(i + 2) instanceof ReferentialActionContext action) {
                boolean delete = r.getChild(i + 1) instanceof TerminalNode kw && kw.getSymbol().getType() == SqlLexer.DELETE;
                if (delete) {
                    onDelete = action(action);
                } else {
                    onUpdate = action(action);
                }
            }
        }
        return new ForeignKey(constraintName, columns, target, targetColumns, onDelete, onUpdate, false, false, source, span(r), null);
    }

    private static ReferentialAction action(ReferentialActionContext a) {
        if (a instanceof CascadeActionContext) return ReferentialAction.CASCADE;
        if (a instanceof RestrictActionContext) return ReferentialAction.RESTRICT;
        if (a instanceof NoActionContext) return ReferentialAction.NO_ACTION;
        if (a instanceof SetNullActionContext) return ReferentialAction.SET_NULL;
        if (a instanceof SetDefaultActionContext) return ReferentialAction.SET_DEFAULT;
        return null;
    }

    private Index indexDefinition(IndexDefinitionContext d) {
        List<IndexKey> keys = new ArrayList<>();
        for (IndexElementContext e : d.indexElement()) addIfPresent(keys, indexKey(e));
        keyColumns(currentTable, d.indexElement());
        if (d.indexName() != null) member(Occurrence.Kind.INDEX, currentTable, d.indexName().identifier(), true);
        String indexName = d.indexName() != null ? name(d.indexName().identifier()) : null;
        String kind = d.FULLTEXT() != null ? "FULLTEXT" : d.SPATIAL() != null ? "SPATIAL" : null;
        String method = d.indexMethod() != null ? lower(name(d.indexMethod().identifier())) : null;
        if (method == null && d.indexParameters() != null && !d.indexParameters().indexMethod().isEmpty()) {
            method = lower(name(d.indexParameters().indexMethod(0).identifier()));
        }
        Span nameRange = d.indexName() != null ? span(d.indexName()) : span(d);
        return new Index(indexName, false, method, kind, keys, List.of(), null, new SourceRef(file, span(d), nameRange));
    }

    private IndexKey indexKey(IndexElementContext e) {
        IndexExpressionContext x = e.indexExpression();
        if (x == null) return null;
        String column = null;
        String expression = null;
        int prefix = 0;
        if (x.qualifiedName() != null && x.parenthesized() == null) {
            QualifiedName q = qualified(x.qualifiedName());
            column = q == null ? null : q.name();
        } else if (x.qualifiedName() != null) {
            String args = inner(x.parenthesized()).trim();
            if (dialect == Dialect.MYSQL && args.matches("\\d+")) {
                QualifiedName q = qualified(x.qualifiedName());
                column = q == null ? null : q.name();
                prefix = Integer.parseInt(args);
            } else {
                expression = text(x);
            }
        } else {
            expression = inner(x.parenthesized()).trim();
            List<Token> inner = tokens(x.parenthesized());
            if (inner.size() == 3 && isName(inner.get(1))) {
                column = identifierText(inner.get(1));
                expression = null;
            }
        }
        if (column == null && expression == null) return null;
        String opclass = e.operatorClass() != null ? text(e.operatorClass()) : null;
        String collation = e.collationName() != null ? text(e.collationName()) : null;
        String nulls = e.NULLS() != null ? (e.FIRST() != null ? "FIRST" : "LAST") : null;
        return new IndexKey(column, expression, opclass, collation, e.DESC() != null, nulls, prefix);
    }

    // ------------------------------------------------------------------ CREATE INDEX

    private Statement createIndex(CreateIndexStatementContext c, Span range) {
        List<QualifiedNameContext> names = c.qualifiedName();
        QualifiedNameContext tableCtx = c.ON() == null ? null : names.isEmpty() ? null : names.get(names.size() - 1);
        QualifiedNameContext indexCtx = names.size() >= 2 ? names.get(0) : null;
        QualifiedName table = qualified(tableCtx);
        if (table == null) return new Opaque("CREATE INDEX", range);
        table(tableCtx, table, false);
        if (indexCtx != null && !indexCtx.identifier().isEmpty()) {
            member(Occurrence.Kind.INDEX, table, indexCtx.identifier(indexCtx.identifier().size() - 1), true);
        }
        keyColumns(table, c.indexElement());
        if (c.INCLUDE() != null) columns(table, c.identifierList());
        List<IndexKey> keys = new ArrayList<>();
        for (IndexElementContext e : c.indexElement()) addIfPresent(keys, indexKey(e));
        String method = null;
        for (IndexMethodContext m : c.indexMethod()) method = lower(name(m.identifier()));
        for (IndexTrailingOptionContext o : c.indexTrailingOption()) {
            if (o.indexMethod() != null) method = lower(name(o.indexMethod().identifier()));
        }
        List<String> include = c.INCLUDE() != null ? identifiers(c.identifierList()) : List.of();
        String where = c.whereClause() != null ? textAfterFirst(c.whereClause()) : null;
        String kind = c.FULLTEXT() != null ? "FULLTEXT" : c.SPATIAL() != null ? "SPATIAL" : null;
        QualifiedName indexName = qualified(indexCtx);
        Span nameRange = indexCtx != null ? span(indexCtx) : span(tableCtx);
        Index index = new Index(indexName == null ? null : indexName.name(), c.UNIQUE() != null, method, kind, keys, include, where,
                new SourceRef(file, range, nameRange));
        return new CreateIndex(index, table, c.CONCURRENTLY() != null, c.ifNotExists() != null, c.ONLY() != null, range);
    }

    // ------------------------------------------------------------------ ALTER TABLE

    private Statement alterTable(AlterTableStatementContext c, Span range) {
        QualifiedName table = qualified(c.qualifiedName());
        if (table == null) return new Opaque("ALTER TABLE", range);
        table(c.qualifiedName(), table, false);
        currentTable = table;
        List<AlterAction> actions = new ArrayList<>();
        for (AlterTableActionContext a : c.alterTableAction()) addIfPresent(actions, action(a));
        return new AlterTable(table, new SourceRef(file, range, span(c.qualifiedName())), c.ifExists() != null, c.ONLY() != null, actions, range);
    }

    private AlterAction action(AlterTableActionContext a) {
        Span r = span(a);
        if (a instanceof AddColumnActionContext add) {
            List<Constraint> inline = new ArrayList<>();
            Column column = add.columnDefinition() == null ? null : column(add.columnDefinition(), inline);
            if (column == null) return null;
            return new AlterAction.AddColumn(column, add.ifNotExists() != null, inline, r);
        }
        if (a instanceof AddConstraintActionContext add) {
            Constraint constraint = add.tableConstraint() == null ? null : tableConstraint(add.tableConstraint());
            return constraint == null ? null : new AlterAction.AddConstraint(constraint, r);
        }
        if (a instanceof AddIndexActionContext add) {
            Index index = add.indexDefinition() == null ? null : indexDefinition(add.indexDefinition());
            return index == null ? null : new AlterAction.AddIndex(index, r);
        }
        if (a instanceof DropColumnActionContext d) {
            column(currentTable, d.identifier(), false);
            String column = name(d.identifier());
            return column == null ? null : new AlterAction.DropColumn(column, d.ifExists() != null, d.CASCADE() != null, r);
        }
        if (a instanceof DropConstraintActionContext d) {
            member(Occurrence.Kind.CONSTRAINT, currentTable, d.identifier(), false);
            String constraint = name(d.identifier());
            return constraint == null ? null : new AlterAction.DropConstraint(constraint, d.ifExists() != null, AlterAction.DropConstraint.Kind.ANY, r);
        }
        if (a instanceof DropIndexActionContext d) {
            member(Occurrence.Kind.INDEX, currentTable, d.identifier(), false);
            return new AlterAction.DropConstraint(name(d.identifier()), false, AlterAction.DropConstraint.Kind.INDEX, r);
        }
        if (a instanceof DropPrimaryKeyActionContext) {
            return new AlterAction.DropConstraint(null, false, AlterAction.DropConstraint.Kind.PRIMARY_KEY, r);
        }
        if (a instanceof DropForeignKeyActionContext d) {
            member(Occurrence.Kind.CONSTRAINT, currentTable, d.identifier(), false);
            return new AlterAction.DropConstraint(name(d.identifier()), false, AlterAction.DropConstraint.Kind.FOREIGN_KEY, r);
        }
        if (a instanceof AlterColumnActionItemContext alter) {
            column(currentTable, alter.identifier(), false);
            String column = name(alter.identifier());
            return column == null ? null : alterColumn(column, alter.alterColumnAction(), r);
        }
        if (a instanceof ModifyColumnActionContext m) {
            Column column = m.columnDefinition() == null ? null : column(m.columnDefinition(), new ArrayList<>());
            return column == null ? null : new AlterAction.ModifyColumn(column.name(), column, r);
        }
        if (a instanceof ChangeColumnActionContext ch) {
            column(currentTable, ch.identifier(), false);
            Column column = ch.columnDefinition() == null ? null : column(ch.columnDefinition(), new ArrayList<>());
            String old = name(ch.identifier());
            return column == null || old == null ? null : new AlterAction.ModifyColumn(old, column, r);
        }
        if (a instanceof RenameColumnActionContext rc && rc.identifier().size() == 2) {
            column(currentTable, rc.identifier(0), false);
            column(currentTable, rc.identifier(1), true);
            return new AlterAction.RenameColumn(name(rc.identifier(0)), name(rc.identifier(1)), r);
        }
        if (a instanceof RenameTableActionContext rt) {
            QualifiedName to = qualified(rt.qualifiedName());
            table(rt.qualifiedName(), to, true);
            return to == null ? null : new AlterAction.RenameTable(to, r);
        }
        if (a instanceof RenameConstraintActionContext rc && rc.identifier().size() == 2) {
            member(Occurrence.Kind.CONSTRAINT, currentTable, rc.identifier(0), false);
            member(Occurrence.Kind.CONSTRAINT, currentTable, rc.identifier(1), true);
            return new AlterAction.RenameConstraint(name(rc.identifier(0)), name(rc.identifier(1)), r);
        }
        if (a instanceof RenameIndexActionContext ri && ri.identifier().size() == 2) {
            member(Occurrence.Kind.INDEX, currentTable, ri.identifier(0), false);
            member(Occurrence.Kind.INDEX, currentTable, ri.identifier(1), true);
            return new AlterAction.RenameIndexAction(name(ri.identifier(0)), name(ri.identifier(1)), r);
        }
        if (a instanceof ValidateConstraintActionContext v) {
            member(Occurrence.Kind.CONSTRAINT, currentTable, v.identifier(), false);
            return new AlterAction.ValidateConstraint(name(v.identifier()), r);
        }
        if (a instanceof AttachPartitionActionContext ap) {
            QualifiedName child = qualified(ap.qualifiedName());
            table(ap.qualifiedName(), child, false);
            return child == null ? null : new AlterAction.Partition(child, true, r);
        }
        if (a instanceof DetachPartitionActionContext dp) {
            QualifiedName child = qualified(dp.qualifiedName());
            table(dp.qualifiedName(), child, false);
            return child == null ? null : new AlterAction.Partition(child, false, r);
        }
        if (a instanceof SetSchemaActionContext s) {
            return new AlterAction.SetSchema(name(s.identifier()), r);
        }
        return new AlterAction.Other(text(a), r);
    }

    private AlterAction alterColumn(String column, AlterColumnActionContext a, Span r) {
        if (a instanceof AlterColumnTypeContext t) {
            String using = t.USING() != null ? textAfterFirstToken(t, t.USING().getSymbol()) : null;
            return new AlterAction.AlterColumnType(column, type(t.dataType()), using, r);
        }
        if (a instanceof SetNotNullContext) return new AlterAction.SetNotNull(column, r);
        if (a instanceof DropNotNullContext) return new AlterAction.DropNotNull(column, r);
        if (a instanceof SetDefaultContext d) return new AlterAction.SetDefault(column, text(d.defaultExpression()), r);
        if (a instanceof DropDefaultContext) return new AlterAction.DropDefault(column, r);
        if (a instanceof AddIdentityContext id) return new AlterAction.SetIdentity(column, id.ALWAYS() != null ? Identity.ALWAYS : Identity.BY_DEFAULT, r);
        if (a instanceof DropIdentityContext) return new AlterAction.SetIdentity(column, Identity.NONE, r);
        return new AlterAction.Other(a == null ? "" : text(a), r);
    }

    private List<Statement> renameTables(RenameTableStatementContext c, Span range) {
        List<Statement> out = new ArrayList<>();
        List<QualifiedNameContext> names = c.qualifiedName();
        for (int i = 0; i + 1 < names.size(); i += 2) {
            QualifiedName from = qualified(names.get(i));
            QualifiedName to = qualified(names.get(i + 1));
            if (from == null || to == null) continue;
            table(names.get(i), from, false);
            table(names.get(i + 1), to, true);
            out.add(new AlterTable(from, new SourceRef(file, range, span(names.get(i))), false, false,
                    List.of(new AlterAction.RenameTable(to, span(names.get(i).getStart().getStartIndex(), stop(names.get(i + 1))))), range));
        }
        return out.isEmpty() ? List.of(new Opaque("RENAME TABLE", range)) : out;
    }

    // ------------------------------------------------------------------ DROP, types, sequences, views

    private Statement drop(DropStatementContext c, Span range) {
        DropKindContext k = c.dropKind();
        if (k == null) return new Opaque("DROP", range);
        Drop.Kind kind;
        if (k.TABLE() != null) kind = Drop.Kind.TABLE;
        else if (k.INDEX() != null) kind = Drop.Kind.INDEX;
        else if (k.MATERIALIZED() != null) kind = Drop.Kind.MATERIALIZED_VIEW;
        else if (k.VIEW() != null) kind = Drop.Kind.VIEW;
        else if (k.TYPE() != null) kind = Drop.Kind.TYPE;
        else if (k.SEQUENCE() != null) kind = Drop.Kind.SEQUENCE;
        else if (k.SCHEMA() != null) kind = Drop.Kind.SCHEMA;
        else kind = Drop.Kind.EXTENSION;
        List<QualifiedName> names = new ArrayList<>();
        List<Span> ranges = new ArrayList<>();
        List<QualifiedNameContext> all = c.qualifiedName();
        int count = c.ON() != null ? all.size() - 1 : all.size();
        QualifiedName onTable = c.ON() != null && !all.isEmpty() ? qualified(all.get(all.size() - 1)) : null;
        if (onTable != null) table(all.get(all.size() - 1), onTable, false);
        for (int i = 0; i < count; i++) {
            QualifiedName q = qualified(all.get(i));
            if (q != null) {
                names.add(q);
                ranges.add(span(all.get(i)));
                switch (kind) {
                    case TABLE -> table(all.get(i), q, false);
                    case INDEX -> {
                        List<IdentifierContext> ids = all.get(i).identifier();
                        member(Occurrence.Kind.INDEX, onTable, ids.get(ids.size() - 1), false);
                    }
                    case VIEW, MATERIALIZED_VIEW -> named(Occurrence.Kind.VIEW, all.get(i), q, false);
                    case TYPE -> named(Occurrence.Kind.TYPE, all.get(i), q, false);
                    case SEQUENCE -> named(Occurrence.Kind.SEQUENCE, all.get(i), q, false);
                    default -> { }
                }
            }
        }
        return new Drop(kind, names, ranges, c.ifExists() != null, c.CASCADE() != null, c.CONCURRENTLY() != null, onTable, range);
    }

    private Statement createType(CreateTypeStatementContext c, Span range) {
        if (c instanceof CreateEnumTypeContext e) {
            QualifiedName typeName = qualified(e.qualifiedName());
            if (typeName == null) return new Opaque("CREATE TYPE", range);
            named(Occurrence.Kind.TYPE, e.qualifiedName(), typeName, true);
            List<EnumType.EnumValue> values = new ArrayList<>();
            for (TerminalNode s : e.STRING()) {
                String v = string(s.getSymbol());
                SourceRef ref = SourceRef.of(file, span(s.getSymbol()));
                values.add(new EnumType.EnumValue(v, v, ref));
            }
            return new CreateEnum(new EnumType(typeName, typeName.name(), values, null, new SourceRef(file, range, span(e.qualifiedName()))), range);
        }
        if (c instanceof CreateCompositeTypeContext ct) {
            QualifiedName typeName = qualified(ct.qualifiedName());
            if (typeName == null) return new Opaque("CREATE TYPE", range);
            named(Occurrence.Kind.TYPE, ct.qualifiedName(), typeName, true);
            List<Column> fields = new ArrayList<>();
            for (CompositeAttributeContext a : ct.compositeAttribute()) {
                String fieldName = name(a.identifier());
                if (fieldName == null) continue;
                SourceRef ref = new SourceRef(file, span(a), span(a.identifier()));
                fields.add(new Column(fieldName, fieldName, type(a.dataType()), true, null, Identity.NONE, null, null, null, false, ref,
                        a.dataType() != null ? span(a.dataType()) : span(a), List.of(ref)));
            }
            return new CreateCompositeType(new CompositeType(typeName, typeName.name(), fields, null, new SourceRef(file, range, span(ct.qualifiedName()))), range);
        }
        return new Opaque("CREATE TYPE", range);
    }

    private Statement alterType(AlterTypeStatementContext c, Span range) {
        if (c instanceof AddEnumValueContext a) {
            named(Occurrence.Kind.TYPE, a.qualifiedName(), qualified(a.qualifiedName()), false);
            return new AlterType(qualified(a.qualifiedName()), AlterType.Kind.ADD_VALUE, a.STRING().isEmpty() ? null : string(a.STRING(0).getSymbol()),
                    null, a.ifNotExists() != null, range);
        }
        if (c instanceof RenameEnumValueContext r && r.STRING().size() == 2) {
            return new AlterType(qualified(r.qualifiedName()), AlterType.Kind.RENAME_VALUE, string(r.STRING(0).getSymbol()),
                    string(r.STRING(1).getSymbol()), false, range);
        }
        if (c instanceof RenameTypeContext r) {
            return new AlterType(qualified(r.qualifiedName()), AlterType.Kind.RENAME, null, name(r.identifier()), false, range);
        }
        if (c instanceof OtherAlterTypeContext o) {
            return new AlterType(qualified(o.qualifiedName()), AlterType.Kind.OTHER, null, null, false, range);
        }
        return new Opaque("ALTER TYPE", range);
    }

    private Statement createSequence(CreateSequenceStatementContext c, Span range) {
        QualifiedName sequenceName = qualified(c.qualifiedName());
        if (sequenceName == null) return new Opaque("CREATE SEQUENCE", range);
        named(Occurrence.Kind.SEQUENCE, c.qualifiedName(), sequenceName, true);
        return new CreateSequence(new Sequence(sequenceName, null, null, new SourceRef(file, range, span(c.qualifiedName()))), c.ifNotExists() != null, range);
    }

    private Statement alterSequence(AlterSequenceStatementContext c, Span range) {
        if (c instanceof SequenceOwnedByContext o && o.qualifiedName().size() == 2) {
            QualifiedName sequenceName = qualified(o.qualifiedName(0));
            List<String> parts = parts(o.qualifiedName(1));
            if (sequenceName != null && parts.size() >= 2) {
                String column = parts.get(parts.size() - 1);
                QualifiedName table = parts.size() >= 3 ? new QualifiedName(parts.get(parts.size() - 3), parts.get(parts.size() - 2))
                        : QualifiedName.of(parts.get(0));
                named(Occurrence.Kind.SEQUENCE, o.qualifiedName(0), sequenceName, false);
                List<IdentifierContext> ids = o.qualifiedName(1).identifier();
                occurrences.add(new Occurrence(Occurrence.Kind.TABLE, table, null, span(ids.get(ids.size() - 2)), false));
                column(table, ids.get(ids.size() - 1), false);
                return new AlterSequenceOwnedBy(sequenceName, table, column, range);
            }
        }
        return new Opaque("ALTER SEQUENCE", range);
    }

    private Statement createView(CreateViewStatementContext c, Span range) {
        QualifiedName viewName = qualified(c.qualifiedName());
        if (viewName == null) return new Opaque("CREATE VIEW", range);
        named(Occurrence.Kind.VIEW, c.qualifiedName(), viewName, true);
        List<Column> columns = new ArrayList<>();
        if (c.identifierList() != null) {
            for (IdentifierContext id : c.identifierList().identifier()) {
                String columnName = name(id);
                if (columnName == null) continue;
                SourceRef ref = new SourceRef(file, span(id), span(id));
                columns.add(new Column(columnName, columnName, Types.of("", List.of(), 0, "", dialect), true, null, Identity.NONE, null, null,
                        null, false, ref, span(id), List.of(ref)));
            }
        }
        String query = c.viewBody() != null ? text(c.viewBody()) : null;
        Span queryRange = c.viewBody() != null ? span(c.viewBody()) : null;
        View view = new View(viewName, viewName.name(), c.MATERIALIZED() != null, columns, query, queryRange, null, List.of(),
                new SourceRef(file, range, span(c.qualifiedName())));
        return new CreateView(view, c.REPLACE() != null, c.ifNotExists() != null, range);
    }

    private Statement comment(CommentStatementContext c, Span range) {
        String value = c.STRING() != null ? string(c.STRING().getSymbol()) : null;
        CommentTargetContext t = c.commentTarget();
        if (t instanceof CommentOnTableContext table) {
            table(table.qualifiedName(), qualified(table.qualifiedName()), false);
            return new CommentOn(CommentOn.Target.TABLE, qualified(table.qualifiedName()), null, value, range);
        }
        if (t instanceof CommentOnColumnContext column) {
            List<String> parts = parts(column.qualifiedName());
            if (parts.size() >= 2) {
                String col = parts.get(parts.size() - 1);
                QualifiedName table = parts.size() >= 3 ? new QualifiedName(parts.get(parts.size() - 3), parts.get(parts.size() - 2))
                        : QualifiedName.of(parts.get(0));
                List<IdentifierContext> ids = column.qualifiedName().identifier();
                occurrences.add(new Occurrence(Occurrence.Kind.TABLE, table, null, span(ids.get(ids.size() - 2)), false));
                column(table, ids.get(ids.size() - 1), false);
                return new CommentOn(CommentOn.Target.COLUMN, table, col, value, range);
            }
        }
        if (t instanceof CommentOnConstraintContext con) {
            return new CommentOn(CommentOn.Target.CONSTRAINT, qualified(con.qualifiedName()), name(con.identifier()), value, range);
        }
        if (t instanceof CommentOnObjectContext o) {
            CommentOn.Target target = o.INDEX() != null ? CommentOn.Target.INDEX : o.TYPE() != null ? CommentOn.Target.TYPE
                    : o.SEQUENCE() != null ? CommentOn.Target.SEQUENCE : o.VIEW() != null ? CommentOn.Target.VIEW
                    : o.SCHEMA() != null ? CommentOn.Target.SCHEMA : CommentOn.Target.EXTENSION;
            return new CommentOn(target, qualified(o.qualifiedName()), null, value, range);
        }
        return new CommentOn(CommentOn.Target.OTHER, null, null, value, range);
    }

    private Statement alterIndex(AlterIndexStatementContext c, Span range) {
        if (c instanceof RenameIndexContext r) {
            QualifiedName from = qualified(r.qualifiedName());
            String to = name(r.identifier());
            if (r.qualifiedName() != null && !r.qualifiedName().identifier().isEmpty()) {
                List<IdentifierContext> ids = r.qualifiedName().identifier();
                member(Occurrence.Kind.INDEX, null, ids.get(ids.size() - 1), false);
            }
            member(Occurrence.Kind.INDEX, null, r.identifier(), true);
            if (from != null && to != null) return new RenameIndex(from, to, range);
        }
        return new Opaque("ALTER INDEX", range);
    }

    private String opaqueKind(StatementContext s) {
        return StatementHeads.kind(tokens(s));
    }

    // ------------------------------------------------------------------ names, text and positions

    private QualifiedName qualified(QualifiedNameContext q) {
        List<String> parts = parts(q);
        if (parts.isEmpty()) return null;
        if (parts.size() == 1) return QualifiedName.of(parts.get(0));
        return new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }

    private List<String> parts(QualifiedNameContext q) {
        if (q == null) return List.of();
        List<String> parts = new ArrayList<>();
        for (IdentifierContext id : q.identifier()) {
            String n = name(id);
            if (n != null) parts.add(n);
        }
        return parts;
    }

    private List<String> identifiers(IdentifierListContext list) {
        if (list == null) return List.of();
        List<String> out = new ArrayList<>();
        for (IdentifierContext id : list.identifier()) addIfPresent(out, name(id));
        return out;
    }

    String name(IdentifierContext id) {
        if (id == null || id.getStart() == null || id.exception != null && id.getStop() == null) return null;
        return identifierText(id.getStart());
    }

    /** The name a token denotes: quotes removed (doubled quotes undone), unquoted names folded per dialect. */
    private String identifierText(Token t) {
        String s = t.getText();
        if (s == null || s.isEmpty()) return s;
        switch (t.getType()) {
            case SqlLexer.QUOTED_IDENTIFIER:
                if (s.startsWith("\"{{")) return s.substring(1, s.length() - 1);
                return s.length() >= 2 ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
            case SqlLexer.BACKTICK_IDENTIFIER:
                return s.length() >= 2 ? s.substring(1, s.length() - 1).replace("``", "`") : s;
            case SqlLexer.BRACKET_IDENTIFIER:
                return s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
            default:
                if (s.startsWith("{{") || s.startsWith("\"{{")) return s;
                return dialect.foldUnquoted(s);
        }
    }

    private static boolean isName(Token t) {
        int type = t.getType();
        return type == SqlLexer.IDENTIFIER || type == SqlLexer.QUOTED_IDENTIFIER || type == SqlLexer.BACKTICK_IDENTIFIER
                || type == SqlLexer.BRACKET_IDENTIFIER || StatementHeads.NAME_TOKENS.contains(type);
    }

    /** The value of a string literal: quotes removed, '' and (E-strings, MySQL) backslash escapes undone. */
    String string(Token t) {
        String s = t.getText();
        if (s == null) return "";
        if (s.startsWith("$")) {
            int open = s.indexOf('$', 1);
            if (open < 0) return s;
            String tag = s.substring(0, open + 1);
            return s.length() >= 2 * tag.length() ? s.substring(tag.length(), s.length() - tag.length()) : "";
        }
        boolean escapes = dialect == Dialect.MYSQL;
        if (s.length() > 1 && (s.charAt(0) == 'E' || s.charAt(0) == 'e')) {
            escapes = true;
            s = s.substring(1);
        } else if (s.length() > 1 && "NnBbXx".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == '\'') {
            s = s.substring(1);
        } else if (s.startsWith("U&")) {
            s = s.substring(2);
        }
        char quote = s.isEmpty() ? '\'' : s.charAt(0);
        if (s.length() < 2) return s;
        String body = s.substring(1, s.length() - 1);
        if (!escapes || body.indexOf('\\') < 0) return body.replace("" + quote + quote, "" + quote);
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && escapes && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> n;
                });
            } else if (ch == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                b.append(quote);
                i++;
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String tokenText(TerminalNode node) {
        return node == null ? "" : node.getText();
    }

    /** The columns an expression mentions: names not followed by "(" (calls) nor preceded by "::" (casts). */
    private List<String> mentionedColumns(ParserRuleContext expression) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> ts = tokens(expression);
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!isName(t)) continue;
            if (i + 1 < ts.size() && ts.get(i + 1).getType() == SqlLexer.LPAREN) continue;
            if (i > 0 && ts.get(i - 1).getType() == SqlLexer.DOUBLE_COLON) continue;
            if (i + 1 < ts.size() && ts.get(i + 1).getType() == SqlLexer.DOT) continue;
            // Unquoted keywords (true, null, current_date...) are not columns; a quoted name always is one.
            boolean quoted = t.getType() == SqlLexer.QUOTED_IDENTIFIER || t.getType() == SqlLexer.BACKTICK_IDENTIFIER
                    || t.getType() == SqlLexer.BRACKET_IDENTIFIER;
            if (StatementHeads.NAME_TOKENS.contains(t.getType()) && t.getType() != SqlLexer.IDENTIFIER && !quoted) continue;
            String word = t.getText().toLowerCase(Locale.ROOT);
            if (!quoted && EXPRESSION_WORDS.contains(word)) continue;
            out.add(identifierText(t));
        }
        return List.copyOf(out);
    }

    private static final Set<String> EXPRESSION_WORDS = Set.of("and", "or", "not", "in", "is", "between", "like", "ilike", "true",
            "false", "any", "all", "some", "case", "when", "then", "else", "end", "array", "similar", "escape", "current_date",
            "current_timestamp", "current_time", "localtimestamp", "now", "interval", "text", "regexp", "rlike", "glob", "collate");

    private Span span(ParserRuleContext c) {
        if (c == null || c.getStart() == null) return Span.NONE;
        return span(c.getStart().getStartIndex(), stop(c));
    }

    private Span span(Token t) {
        return codePointSpan.apply(t.getStartIndex(), t.getStopIndex() + 1);
    }

    private Span span(int codePointStart, int codePointEnd) {
        return codePointSpan.apply(codePointStart, Math.max(codePointStart, codePointEnd));
    }

    /** Exclusive end (code points) of a rule, coping with empty rules whose stop precedes their start. */
    private static int stop(ParserRuleContext c) {
        Token stop = c.getStop();
        Token start = c.getStart();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) return start.getStartIndex();
        return stop.getStopIndex() + 1;
    }

    /** The source text of a rule as written (original spacing and comments). */
    private String text(ParserRuleContext c) {
        Span s = span(c);
        return text.substring(s.start(), s.end());
    }

    /** The text inside a parenthesized rule, without its outer parentheses. */
    private String inner(ParenthesizedContext p) {
        if (p == null) return "";
        String t = text(p);
        if (t.startsWith("(")) t = t.substring(1);
        if (t.endsWith(")")) t = t.substring(0, t.length() - 1);
        return t.trim();
    }

    /** The text of a rule after its first token (WHERE predicate, USING expression). */
    private String textAfterFirst(ParserRuleContext c) {
        return textAfterFirstToken(c, c.getStart());
    }

    private String textAfterFirstToken(ParserRuleContext c, Token first) {
        Span whole = span(c);
        Span head = span(first);
        return text.substring(Math.min(head.end(), whole.end()), whole.end()).trim();
    }

    private static List<Token> tokens(ParseTree tree) {
        List<Token> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(ParseTree tree, List<Token> out) {
        if (tree instanceof TerminalNode tn) {
            // error nodes hold tokens invented by recovery ("missing ')'"), not source text
            if (tn.getSymbol().getType() != Token.EOF && !(tn instanceof org.antlr.v4.runtime.tree.ErrorNode)) out.add(tn.getSymbol());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) collect(tree.getChild(i), out);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static <T> void addIfPresent(List<T> list, T item) {
        if (item != null) list.add(item);
    }
}
