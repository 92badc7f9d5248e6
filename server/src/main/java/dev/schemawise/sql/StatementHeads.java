package dev.schemawise.sql;

import dev.schemawise.grammar.SqlLexer;
import dev.schemawise.grammar.SqlParser;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.model.ddl.Opaque;
import dev.schemawise.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * What kind of statement a run of tokens is ("CREATE FUNCTION", "INSERT"), whether schemawise models it, and
 * whether its head is a statement any of the supported databases knows (so a typo such as "CREAT TABLE"
 * is reported instead of passing as an opaque statement).
 */
final class StatementHeads {
    private StatementHeads() {}

    /** Token types that stand for a name: identifier tokens and the non-reserved keywords. */
    static final IntervalSet NAME_TOKENS;

    static {
        ATN atn = SqlParser._ATN;
        NAME_TOKENS = atn.nextTokens(atn.ruleToStartState[SqlParser.RULE_identifier]);
    }

    private static final Set<String> MODELLED = Set.of(
            "CREATE TABLE", "CREATE INDEX", "CREATE UNIQUE", "CREATE FULLTEXT", "CREATE SPATIAL", "CREATE VIEW",
            "CREATE MATERIALIZED", "CREATE TYPE", "CREATE SEQUENCE", "CREATE EXTENSION", "CREATE SCHEMA",
            "ALTER TABLE", "ALTER TYPE", "ALTER INDEX", "ALTER SEQUENCE", "DROP TABLE", "DROP INDEX", "DROP VIEW",
            "DROP TYPE", "DROP SEQUENCE", "DROP MATERIALIZED", "RENAME TABLE", "COMMENT ON");

    /** Statements of PostgreSQL, MySQL and SQLite (and their clients) that do not shape the schema. */
    private static final Set<String> KNOWN_HEADS = Set.copyOf(List.of(
            "ABORT", "ANALYZE", "ANALYSE", "BEGIN", "CALL", "CHECKPOINT", "CLOSE", "CLUSTER", "COMMIT", "COPY",
            "DEALLOCATE", "DECLARE", "DELETE", "DISCARD", "DO", "END", "EXECUTE", "EXPLAIN", "FETCH", "GRANT",
            "IMPORT", "INSERT", "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN",
            "REFRESH", "REINDEX", "RELEASE", "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT",
            "SET", "SHOW", "START", "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH",
            "USE", "REPLACE", "FLUSH", "OPTIMIZE", "REPAIR", "HANDLER", "DESCRIBE", "DESC", "SOURCE", "PRAGMA",
            "ATTACH", "DETACH", "UNLOCK", "KILL", "PURGE", "CHANGE", "INSTALL", "UNINSTALL", "XA", "CACHE",
            "SHUTDOWN", "RESTART", "HELP", "CHECKSUM", "CHECK", "BACKUP", "RESTORE", "EXEC", "GO", "PRINT",
            "RENAME", "COMMENT", "SAVE", "CREATE", "ALTER", "DROP", "(", "GET"));

    /** Objects CREATE/ALTER/DROP may name beyond the modelled ones. */
    private static final Set<String> KNOWN_OBJECTS = Set.copyOf(List.of(
            "ACCESS", "AGGREGATE", "CAST", "COLLATION", "CONVERSION", "DATABASE", "DEFAULT", "DOMAIN", "EVENT",
            "FOREIGN", "FUNCTION", "GROUP", "LANGUAGE", "LARGE", "OPERATOR", "POLICY", "PROCEDURE", "PUBLICATION",
            "ROLE", "ROUTINE", "RULE", "SERVER", "STATISTICS", "SUBSCRIPTION", "TABLESPACE", "TEXT", "TRANSFORM",
            "TRIGGER", "USER", "TRUSTED", "PROCEDURAL", "CONSTRAINT", "VIRTUAL", "SYSTEM", "INSTANCE", "LOGFILE",
            "RESOURCE", "SPATIAL", "OWNED", "EXTENSION", "SCHEMA", "VIEW", "MATERIALIZED", "SEQUENCE", "TYPE",
            "INDEX", "TABLE", "DEFINER", "ALGORITHM", "SQL", "AGGREGATE", "PUBLICATION", "ROUTINE", "EVENT",
            "UNDO", "SPFILE", "SYNONYM", "PACKAGE", "JAVA", "DIRECTORY", "TEMP", "TEMPORARY", "GLOBAL", "LOCAL",
            "UNLOGGED", "RECURSIVE", "OR", "CONCURRENTLY", "IF", "ONLY", "DATA", "DICTIONARY", "SEARCH"));

    private static final Map<Integer, String> CONTEXTS = Map.ofEntries(
            Map.entry(SqlParser.RULE_columnDefinition, "column definition"),
            Map.entry(SqlParser.RULE_dataType, "type"),
            Map.entry(SqlParser.RULE_tableConstraint, "table constraint"),
            Map.entry(SqlParser.RULE_referencesClause, "REFERENCES clause"),
            Map.entry(SqlParser.RULE_indexElement, "index column"),
            Map.entry(SqlParser.RULE_createTableStatement, "CREATE TABLE"),
            Map.entry(SqlParser.RULE_createIndexStatement, "CREATE INDEX"),
            Map.entry(SqlParser.RULE_alterTableStatement, "ALTER TABLE"),
            Map.entry(SqlParser.RULE_alterTableAction, "ALTER TABLE"),
            Map.entry(SqlParser.RULE_dropStatement, "DROP"),
            Map.entry(SqlParser.RULE_createTypeStatement, "CREATE TYPE"),
            Map.entry(SqlParser.RULE_createViewStatement, "CREATE VIEW"),
            Map.entry(SqlParser.RULE_commentStatement, "COMMENT ON"));

    /** "column definition of CREATE TABLE" style context for a message, from the innermost rule outwards. */
    static String context(RuleContext rule) {
        for (RuleContext r = rule; r != null; r = r.parent) {
            String c = CONTEXTS.get(r.getRuleIndex());
            if (c != null) return c;
        }
        return null;
    }

    /** The upper-case head of a statement: "CREATE FUNCTION", "ALTER TABLE", "INSERT". */
    static String kind(List<Token> tokens) {
        if (tokens.isEmpty()) return "";
        String first = word(tokens.get(0));
        if (!first.equals("CREATE") && !first.equals("ALTER") && !first.equals("DROP") && !first.equals("COMMENT")
                && !first.equals("RENAME")) {
            return first;
        }
        int i = 1;
        while (i < tokens.size()) {
            String w = word(tokens.get(i));
            if (w.equals("OR") || w.equals("REPLACE") || w.equals("TEMP") || w.equals("TEMPORARY") || w.equals("GLOBAL")
                    || w.equals("LOCAL") || w.equals("UNLOGGED") || w.equals("RECURSIVE")) {
                i++;
            } else if ((w.equals("DEFINER") || w.equals("ALGORITHM")) && i + 1 < tokens.size() && tokens.get(i + 1).getType() == SqlLexer.EQ) {
                i += 3; // DEFINER = user (user may be `a`@`b`, which the next loop turns skip over)
                while (i < tokens.size() && (tokens.get(i).getType() == SqlLexer.OPERATOR || tokens.get(i - 1).getType() == SqlLexer.OPERATOR)) i++;
            } else if (w.equals("SQL") && i + 2 < tokens.size() && word(tokens.get(i + 1)).equals("SECURITY")) {
                i += 3;
            } else {
                break;
            }
        }
        return i < tokens.size() ? first + " " + word(tokens.get(i)) : first;
    }

    static boolean isModelled(List<Token> tokens) {
        return MODELLED.contains(kind(tokens));
    }

    /** A syntax error for an opaque statement whose head no supported database knows, else null. */
    static SyntaxError check(List<Token> tokens, Opaque opaque, Function<Token, Span> span) {
        Token head = tokens.get(0);
        int type = head.getType();
        if (type == SqlLexer.PSQL_META || type == SqlLexer.DELIMITER_COMMAND || type == SqlLexer.DELIMITED_STATEMENT) return null;
        if (type != SqlLexer.IDENTIFIER && !NAME_TOKENS.contains(type) && !isKeyword(type) && type != SqlLexer.LPAREN) {
            return new SyntaxError(span.apply(head), "unexpected " + SyntaxMessages.describe(head) + " at the start of a statement");
        }
        String first = word(head);
        if (!KNOWN_HEADS.contains(first)) {
            return new SyntaxError(span.apply(head), "unknown statement " + SyntaxMessages.describe(head));
        }
        String kind = opaque.kind();
        int space = kind.indexOf(' ');
        if ((first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP")) && space > 0) {
            String object = kind.substring(space + 1);
            if (!KNOWN_OBJECTS.contains(object)) {
                Token objectToken = tokens.stream().filter(t -> word(t).equals(object)).findFirst().orElse(head);
                return new SyntaxError(span.apply(objectToken), "unknown statement '" + first + " " + objectToken.getText() + "'");
            }
        }
        return null;
    }

    private static boolean isKeyword(int type) {
        String literal = SqlParser.VOCABULARY.getLiteralName(type);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    private static String word(Token t) {
        String text = t.getText();
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }
}
