package dev.schemawise.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * The names visible at some point of a query: the FROM items of one query block, the common table expressions a
 * WITH clause declares, and, through the parent, those of the enclosing queries (correlated subqueries). Name
 * comparison follows PostgreSQL: quoted names exactly, unquoted ones case-insensitively.
 */
final class Scope {
    /** A FROM item: a table (with its reference) or something else (subquery, CTE, function) with the name it goes by. */
    record Source(String name, String schema, boolean aliased, TableRef table) {

        /** Whether the qualifier {@code schema.name} (schema may be null) names this item. */
        boolean matches(String qualifierSchema, String qualifierName) {
            if (!key(name).equals(key(qualifierName))) return false;
            if (qualifierSchema == null) return true;
            return !aliased && (schema == null || key(schema).equals(key(qualifierSchema)));
        }
    }

    final Scope parent;
    /** The output of a set operation, whose columns belong to no single table. */
    private final boolean opaque;
    private final Set<String> commonTables = new HashSet<>();
    private final List<Source> sources = new ArrayList<>();
    private List<SelectItem<?>> outputs = List.of();

    private Scope(Scope parent, boolean opaque) {
        this.parent = parent;
        this.opaque = opaque;
    }

    /** The outermost scope of a statement: no names. */
    static Scope root() {
        return new Scope(null, false);
    }

    /** A scope nested in {@code parent} (which may be null for none). */
    static Scope in(Scope parent) {
        return new Scope(parent, false);
    }

    /** The scope of a set operation's ORDER BY and LIMIT: unqualified names belong to no table. */
    static Scope opaqueIn(Scope parent) {
        return new Scope(parent, true);
    }

    void declareCommonTable(String name) {
        commonTables.add(key(name));
    }

    /** Whether an unqualified table name refers to a common table expression visible here. */
    boolean isCommonTable(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.commonTables.contains(key(name))) return true;
        }
        return false;
    }

    void add(Source source) {
        sources.add(source);
    }

    /** The FROM items of this query block itself, in order. */
    List<Source> sources() {
        return sources;
    }

    int size() {
        return sources.size();
    }

    void setOutputs(List<SelectItem<?>> items) {
        outputs = items == null ? List.of() : items;
    }

    /** The select list entries of this query block, for ORDER BY by alias or position. */
    List<SelectItem<?>> outputs() {
        return outputs;
    }

    /** The FROM item a qualifier names, here or in an enclosing query; null when none does. */
    Source find(String qualifierSchema, String qualifierName) {
        if (qualifierName == null) return null;
        for (Scope s = this; s != null; s = s.parent) {
            for (Source source : s.sources) {
                if (source.matches(qualifierSchema, qualifierName)) return source;
            }
        }
        return null;
    }

    /**
     * The FROM item an unqualified column belongs to: the only one of the innermost query block that has any; null
     * when that block has several (ambiguous without the schema) or the name is a set operation's output.
     */
    Source only() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.opaque) return null;
            if (!s.sources.isEmpty()) return s.sources.size() == 1 ? s.sources.get(0) : null;
        }
        return null;
    }

    /** How a name compares: a quoted name by its exact text, an unquoted one in lower case. */
    static String key(String written) {
        if (written == null) return "";
        int n = written.length();
        if (n >= 2) {
            char q = written.charAt(0);
            if ((q == '"' || q == '`') && written.charAt(n - 1) == q) {
                String quote = String.valueOf(q);
                return written.substring(1, n - 1).replace(quote + quote, quote);
            }
        }
        return written.toLowerCase(Locale.ROOT);
    }
}
