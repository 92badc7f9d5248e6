package dev.schemawise.model;

import dev.schemawise.text.SourceRef;
import java.util.List;

/**
 * An index. {@code method} is null for the default (B-tree); {@code where} holds a partial index's
 * predicate; {@code kind} is "FULLTEXT"/"SPATIAL" for those MySQL indexes, else null.
 */
public record Index(
        String name,
        boolean unique,
        String method,
        String kind,
        List<IndexKey> keys,
        List<String> include,
        String where,
        SourceRef source) {

    public Index {
        keys = List.copyOf(keys);
        include = List.copyOf(include);
    }

    /** The plain column names of the keys, in order (expressions are skipped). */
    public List<String> columns() {
        return keys.stream().filter(k -> k.column() != null).map(IndexKey::column).toList();
    }

    public boolean isPartial() {
        return where != null;
    }

    public Index withName(String newName) {
        return new Index(newName, unique, method, kind, keys, include, where, source);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, method, kind, newKeys, include, where, source);
    }
}
