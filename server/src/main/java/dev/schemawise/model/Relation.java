package dev.schemawise.model;

/**
 * A relationship between two tables, in the words of the architecture document ("users hasMany orders",
 * "orders belongsTo users"). Derived from foreign keys: every foreign key gives a belongsTo on its table and
 * a hasMany (or hasOne, when the key columns are unique) on the referenced table; a join table whose
 * primary or unique key is made of two foreign keys gives manyToMany between the two tables it joins.
 *
 * @param via     the foreign key behind it (for manyToMany, the one pointing at {@code to})
 * @param through the join table of a manyToMany, else null
 */
public record Relation(Kind kind, QualifiedName from, QualifiedName to, ForeignKey via, QualifiedName through) {

    public enum Kind {
        HAS_MANY("hasMany"),
        HAS_ONE("hasOne"),
        BELONGS_TO("belongsTo"),
        MANY_TO_MANY("manyToMany");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** e.g. "users hasMany orders" (names without schema when it is the default one). */
    public String describe() {
        return from.name() + " " + kind.word() + " " + to.name() + (through != null ? " (through " + through.name() + ")" : "");
    }
}
