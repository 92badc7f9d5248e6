package dev.schemawise.text;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moves parsed values down a text: every {@link Span} inside a value (records, lists of them, records inside
 * those) is moved by an offset and a line delta, columns unchanged. Used to reuse what was read from the part
 * of a file after an edit, whose text is the same but starts at another offset and line.
 *
 * <p>Works on any record graph by reflection, with one cached plan per record class; parts that hold no span
 * (names, types without positions) are kept as they are, not copied.
 */
public final class Shifter {
    private final int delta;
    private final int lineDelta;

    public Shifter(int delta, int lineDelta) {
        this.delta = delta;
        this.lineDelta = lineDelta;
    }

    public boolean isIdentity() {
        return delta == 0 && lineDelta == 0;
    }

    public Span span(Span s) {
        if (s == null || isIdentity()) return s;
        return new Span(s.start() + delta, s.end() + delta, s.startLine() + lineDelta, s.startColumn(), s.endLine() + lineDelta, s.endColumn());
    }

    /** The value with its spans moved (the same object when it holds none). */
    @SuppressWarnings("unchecked")
    public <T> T shift(T value) {
        if (value == null || isIdentity()) return value;
        if (value instanceof Span s) return (T) span(s);
        if (value instanceof SourceRef r) return (T) new SourceRef(r.file(), span(r.range()), r.nameRange() == r.range() ? null : span(r.nameRange()));
        if (value instanceof Comment c) return (T) new Comment(span(c.range()), c.text());
        if (value instanceof List<?> list) return (T) list(list);
        Class<?> c = value.getClass();
        if (!c.isRecord()) return value;
        Plan plan = plan(c);
        if (plan == null) return value;
        try {
            Object[] args = new Object[plan.accessors.length];
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                Object component = (Object) plan.accessors[i].invokeExact((Object) value);
                Object moved = plan.mayHoldSpans[i] ? shift(component) : component;
                changed |= moved != component;
                args[i] = moved;
            }
            return changed ? (T) (Object) plan.constructor.invokeExact(args) : value;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot move " + c.getName(), e);
        }
    }

    private List<?> list(List<?> list) {
        if (list.isEmpty()) return list;
        List<Object> out = new ArrayList<>(list.size());
        boolean changed = false;
        for (Object o : list) {
            Object moved = shift(o);
            changed |= moved != o;
            out.add(moved);
        }
        return changed ? java.util.Collections.unmodifiableList(out) : list;
    }

    /** How to rebuild a record class: its accessors, its canonical constructor, and which components may hold spans. */
    private record Plan(MethodHandle[] accessors, MethodHandle constructor, boolean[] mayHoldSpans) {}

    private static final Map<Class<?>, java.util.Optional<Plan>> PLANS = new ConcurrentHashMap<>();

    private static Plan plan(Class<?> c) {
        return PLANS.computeIfAbsent(c, Shifter::makePlan).orElse(null);
    }

    private static java.util.Optional<Plan> makePlan(Class<?> c) {
        try {
            RecordComponent[] components = c.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean[] may = new boolean[components.length];
            boolean any = false;
            for (int i = 0; i < components.length; i++) {
                // Typed (Object)Object, called with invokeExact: no type adaptation on every call.
                accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
                types[i] = components[i].getType();
                may[i] = mayHoldSpans(types[i]);
                any |= may[i];
            }
            if (!any) return java.util.Optional.empty();
            MethodHandle constructor = lookup.findConstructor(c, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, components.length).asType(MethodType.methodType(Object.class, Object[].class));
            return java.util.Optional.of(new Plan(accessors, constructor, may));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean mayHoldSpans(Class<?> type) {
        if (type.isPrimitive() || type == String.class || type.isEnum() || Number.class.isAssignableFrom(type) || type == Boolean.class) return false;
        if (type == Span.class || List.class.isAssignableFrom(type) || type.isInterface() || type == Object.class) return true;
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getType() != type && mayHoldSpans(rc.getType())) return true;
            }
            return false;
        }
        return !type.getName().startsWith("java.");
    }
}
