package dev.schemawise.prisma;

import dev.schemawise.text.Span;
import java.util.List;

/**
 * The syntax of a Prisma schema file as plain values (no parser types): blocks, fields, attributes,
 * arguments and expressions, each with its source range. Used to map Prisma onto the schema model and by
 * editor features (formatting, completion, rename) that need the exact text positions.
 */
public final class PrismaAst {
    private PrismaAst() {}

    public enum BlockKind { MODEL, VIEW, TYPE, ENUM, DATASOURCE, GENERATOR }

    /**
     * A top-level block. For models, views and composite types {@code fields} are the fields; for enums they
     * are the values (with a null type); for datasources and generators {@code properties} hold key = value.
     *
     * @param bodyEnd offset of the closing brace (or the block's end if it is missing)
     */
    public record Block(BlockKind kind, String name, Span nameRange, Span range, List<Field> fields, List<Attribute> attributes,
                        List<Property> properties, String documentation, int bodyEnd) {
        public Block {
            fields = List.copyOf(fields);
            attributes = List.copyOf(attributes);
            properties = List.copyOf(properties);
        }

        public Attribute attribute(String attributeName) {
            for (int i = 0, n = attributes.size(); i < n; i++) {
                Attribute a = attributes.get(i);
                if (a.name().equals(attributeName)) return a;
            }
            return null;
        }

        public Expression property(String key) {
            for (int i = 0, n = properties.size(); i < n; i++) {
                Property p = properties.get(i);
                if (p.key().equals(key)) return p.value();
            }
            return null;
        }
    }

    /**
     * A field (or enum value, with {@code type} null).
     *
     * @param range the whole field line, from its name through its last attribute
     */
    public record Field(String name, Span nameRange, Span range, FieldType type, List<Attribute> attributes, String documentation) {
        public Field {
            attributes = List.copyOf(attributes);
        }

        public Attribute attribute(String attributeName) {
            for (int i = 0, n = attributes.size(); i < n; i++) {
                Attribute a = attributes.get(i);
                if (a.name().equals(attributeName)) return a;
            }
            return null;
        }
    }

    /**
     * @param name        the type name ("String", "User", "Unsupported")
     * @param unsupported the argument of Unsupported("..."), else null
     * @param range       the type including "?" or "[]"
     */
    public record FieldType(String name, String unsupported, boolean optional, boolean list, Span nameRange, Span range) {}

    /** An attribute: {@code name} without the @ or @@ ("id", "db.VarChar", "index"); {@code block} for @@. */
    public record Attribute(String name, boolean block, Span nameRange, Span range, List<Argument> arguments, Span argumentsRange) {
        public Attribute {
            arguments = List.copyOf(arguments);
        }

        /** A named argument, or for {@code positionalFallback} the first positional one. */
        public Expression argument(String argumentName, boolean positionalFallback) {
            for (int i = 0, n = arguments.size(); i < n; i++) {
                Argument a = arguments.get(i);
                if (argumentName.equals(a.name())) return a.value();
            }
            if (positionalFallback) {
                for (int i = 0, n = arguments.size(); i < n; i++) {
                    Argument a = arguments.get(i);
                    if (a.name() == null) return a.value();
                }
            }
            return null;
        }

        public Argument namedArgument(String argumentName) {
            for (int i = 0, n = arguments.size(); i < n; i++) {
                Argument a = arguments.get(i);
                if (argumentName.equals(a.name())) return a;
            }
            return null;
        }
    }

    /** An argument; {@code name} is null for a positional one. */
    public record Argument(String name, Expression value, Span range) {}

    public record Property(String key, Span keyRange, Expression value, Span range) {}

    /** An argument value. */
    public sealed interface Expression {
        Span range();
    }

    public record StringValue(String value, Span range) implements Expression {}

    public record NumberValue(String text, Span range) implements Expression {}

    /** A bare name or dotted path: Cascade, true, db.Uuid, env. */
    public record Path(String name, Span range) implements Expression {}

    public record Call(String name, List<Argument> arguments, Span range) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    public record ArrayValue(List<Expression> items, Span range) implements Expression {
        public ArrayValue {
            items = List.copyOf(items);
        }
    }
}
