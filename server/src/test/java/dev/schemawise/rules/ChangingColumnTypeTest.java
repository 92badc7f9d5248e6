package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemawise.model.ColumnType;
import dev.schemawise.model.Dialect;
import dev.schemawise.model.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which type changes PostgreSQL makes without rewriting the table (changing-column-type stays silent on them). */
class ChangingColumnTypeTest {

    private static ColumnType type(String name, String... args) {
        return Types.of(name, List.of(args), 0, name, Dialect.POSTGRESQL);
    }

    private static ColumnType array(String name, String... args) {
        return Types.of(name, List.of(args), 1, name + "[]", Dialect.POSTGRESQL);
    }

    @Test
    void relaxedLimitsAndAliasesNeedNoRewrite() {
        assertTrue(ChangingColumnType.catalogOnly(type("character varying", "100"), type("varchar", "200")));
        assertTrue(ChangingColumnType.catalogOnly(type("varchar", "100"), type("varchar")));
        assertTrue(ChangingColumnType.catalogOnly(type("varchar", "100"), type("text")));
        assertTrue(ChangingColumnType.catalogOnly(type("text"), type("varchar")));
        assertTrue(ChangingColumnType.catalogOnly(type("numeric", "10", "2"), type("decimal", "12", " 2")));
        assertTrue(ChangingColumnType.catalogOnly(type("numeric", "10"), type("numeric", "12", "0")));
        assertTrue(ChangingColumnType.catalogOnly(type("numeric", "10", "2"), type("numeric")));
        assertTrue(ChangingColumnType.catalogOnly(type("timestamp", "3"), type("timestamp without time zone", "6")));
        assertTrue(ChangingColumnType.catalogOnly(type("int"), type("int4")));
        assertTrue(ChangingColumnType.catalogOnly(array("varchar", "10"), array("character varying", "10")));
    }

    @Test
    void otherChangesRewrite() {
        assertFalse(ChangingColumnType.catalogOnly(type("integer"), type("bigint")));
        assertFalse(ChangingColumnType.catalogOnly(type("varchar", "200"), type("varchar", "100")));
        assertFalse(ChangingColumnType.catalogOnly(type("varchar"), type("varchar", "100")));
        assertFalse(ChangingColumnType.catalogOnly(type("text"), type("varchar", "100")));
        assertFalse(ChangingColumnType.catalogOnly(type("numeric", "10", "2"), type("numeric", "12", "4")));
        assertFalse(ChangingColumnType.catalogOnly(type("numeric"), type("numeric", "12", "2")));
        assertFalse(ChangingColumnType.catalogOnly(type("timestamp", "3"), type("timestamptz", "3")));
        assertFalse(ChangingColumnType.catalogOnly(type("char", "10"), type("char", "20")));
        assertFalse(ChangingColumnType.catalogOnly(type("json"), type("jsonb")));
        assertFalse(ChangingColumnType.catalogOnly(array("varchar", "10"), array("varchar", "20")));
        assertFalse(ChangingColumnType.catalogOnly(type("varchar", "10"), array("varchar", "10")));
    }

    @Test
    void usingTheColumnAsItIsChangesNothing() {
        assertTrue(ChangingColumnType.usesColumnAsIs("ref", "ref"));
        assertTrue(ChangingColumnType.usesColumnAsIs("(\"Ref\")", "Ref"));
        assertTrue(ChangingColumnType.usesColumnAsIs("ref::varchar(20)", "ref"));
        assertFalse(ChangingColumnType.usesColumnAsIs("lower(ref)", "ref"));
        assertFalse(ChangingColumnType.usesColumnAsIs("(\"status\"::text::\"Status_new\")", "status"));
        assertFalse(ChangingColumnType.usesColumnAsIs("\"Ref\"", "ref"));
    }
}
