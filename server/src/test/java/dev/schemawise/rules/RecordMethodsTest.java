package dev.schemawise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.schemawise.config.Config;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Records whose equals, hashCode or toString are written out (a record's generated ones are bootstrapped on first
 * use, which costs a language server's first analysis tens of milliseconds): they must behave as the generated
 * ones would, component by component, also after a component is added.
 */
class RecordMethodsTest {

    /** Records with equals and hashCode written out. */
    private static final List<String> EQUALS = List.of("dev.schemawise.text.Span", "dev.schemawise.model.QualifiedName",
            "dev.schemawise.query.TableRef", "dev.schemawise.query.Range", "dev.schemawise.config.Config",
            "dev.schemawise.rules.DuplicateIndex$Key", "dev.schemawise.rules.NamingConvention$Expected",
            "dev.schemawise.rules.NamingConvention$SqlExpected", "dev.schemawise.rules.NamingConvention$PrismaExpected",
            "dev.schemawise.rules.NamingConvention$Mappings");

    @Test
    void writtenOutEqualsAndHashCodeCompareEveryComponent() throws Exception {
        for (String name : EQUALS) {
            Class<?> type = Class.forName(name);
            RecordComponent[] components = type.getRecordComponents();
            Object a = make(type, -1, false);
            Object b = make(type, -1, false);
            assertEquals(a, b, name);
            assertEquals(recordHash(a), a.hashCode(), name + ": the hash a record computes");
            Object allNull = make(type, -1, true);
            if (allNull != null) {
                assertEquals(allNull, make(type, -1, true), name + " with null components");
                assertEquals(recordHash(allNull), allNull.hashCode(), name + " with null components");
            }
            for (int i = 0; i < components.length; i++) {
                Object other = make(type, i, false);
                assertNotEquals(a, other, name + " differing in " + components[i].getName());
                assertEquals(recordHash(other), other.hashCode(), name + " differing in " + components[i].getName());
                Object nulled = components[i].getType().isPrimitive() ? null : make(type, i, true);
                if (nulled != null) {
                    assertNotEquals(a, nulled, name + " with a null " + components[i].getName());
                    assertNotEquals(nulled, a, name + " with a null " + components[i].getName());
                }
            }
            assertNotEquals(a, "something else", name);
            assertNotEquals(a, null, name);
        }
    }

    /** The hash a record's generated hashCode gives: 31 * h + the component's hash, component by component, from 0. */
    private static int recordHash(Object record) throws Exception {
        int h = 0;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            h = h * 31 + java.util.Objects.hashCode(accessor.invoke(record)); // boxed primitives hash as their values do
        }
        return h;
    }

    @Test
    void namingPrintsAsARecordDoes() {
        Config.Naming naming = new Config.Naming("snake_case", null, "any", "camelCase", "plural");
        StringJoiner expected = new StringJoiner(", ", "Naming[", "]");
        for (RecordComponent c : Config.Naming.class.getRecordComponents()) {
            try {
                expected.add(c.getName() + "=" + c.getAccessor().invoke(naming));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(expected.toString(), naming.toString());
    }

    /**
     * An instance with fresh (never identical) values; component {@code differ} gets another value, or null when
     * {@code nullAt} (every reference component when {@code differ} is -1). Null when the record refuses the values.
     */
    private static Object make(Class<?> type, int differ, boolean nullAt) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        // An int that differs may have to be smaller to be valid (a span's start after its end is refused).
        for (int intOther : new int[] {6, 4}) {
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                Class<?> t = types[i];
                boolean other = i == differ && !nullAt;
                boolean none = nullAt && (differ < 0 || i == differ) && !t.isPrimitive();
                args.add(none ? null : value(t, other, intOther));
            }
            try {
                return constructor.newInstance(args.toArray());
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException)) throw e;
            }
        }
        return null;
    }

    private static Object value(Class<?> t, boolean other, int intOther) throws Exception {
        if (t == boolean.class) return other;
        if (t == int.class) return other ? intOther : 5;
        if (t.isEnum()) return t.getEnumConstants()[other ? 1 : 0];
        if (t.isRecord()) return make(t, other ? 0 : -1, false);
        if (t == List.class) return new ArrayList<>(List.of(other ? "other" : "value"));
        if (t == java.util.Map.class) return new java.util.HashMap<>(java.util.Map.of("key", other ? "other" : "value"));
        if (t == java.util.Set.class) return new java.util.HashSet<>(java.util.Set.of(other ? "other" : "value"));
        return new String(other ? "other" : "value"); // String, or Object for a generic component
    }
}
