package dev.schemawise.prisma;

import dev.schemawise.prisma.PrismaAst.ArrayValue;
import dev.schemawise.prisma.PrismaAst.Argument;
import dev.schemawise.prisma.PrismaAst.Attribute;
import dev.schemawise.prisma.PrismaAst.Block;
import dev.schemawise.prisma.PrismaAst.Call;
import dev.schemawise.prisma.PrismaAst.Expression;
import dev.schemawise.prisma.PrismaAst.Field;
import dev.schemawise.prisma.PrismaAst.FieldType;
import dev.schemawise.prisma.PrismaAst.NumberValue;
import dev.schemawise.prisma.PrismaAst.Path;
import dev.schemawise.prisma.PrismaAst.Property;
import dev.schemawise.prisma.PrismaAst.StringValue;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.text.Comment;
import dev.schemawise.text.Shifter;
import dev.schemawise.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves what a read found in a block down the file (a reused block after an edit): every span of its AST and the
 * body's end offset, its syntax errors, the comments after it.
 */
final class AstShift {
    private final Shifter s;
    private final int delta;

    AstShift(int delta, int lineDelta) {
        this.s = new Shifter(delta, lineDelta);
        this.delta = delta;
    }

    Block block(Block b) {
        if (b == null || s.isIdentity()) return b;
        List<Field> fields = new ArrayList<>(b.fields().size());
        for (Field f : b.fields()) fields.add(field(f));
        List<Property> properties = new ArrayList<>(b.properties().size());
        for (Property p : b.properties()) properties.add(new Property(p.key(), span(p.keyRange()), expression(p.value()), span(p.range())));
        return new Block(b.kind(), b.name(), span(b.nameRange()), span(b.range()), fields, attributes(b.attributes()), properties, b.documentation(),
                b.bodyEnd() + delta);
    }

    List<SyntaxError> errors(List<SyntaxError> errors) {
        if (errors.isEmpty() || s.isIdentity()) return errors;
        List<SyntaxError> out = new ArrayList<>(errors.size());
        for (SyntaxError e : errors) out.add(new SyntaxError(span(e.range()), e.message()));
        return out;
    }

    Comment comment(Comment c) {
        return s.isIdentity() ? c : new Comment(span(c.range()), c.text());
    }

    private Span span(Span x) {
        return s.span(x);
    }

    private Field field(Field f) {
        FieldType t = f.type();
        FieldType type = t == null ? null : new FieldType(t.name(), t.unsupported(), t.optional(), t.list(), span(t.nameRange()), span(t.range()));
        return new Field(f.name(), span(f.nameRange()), span(f.range()), type, attributes(f.attributes()), f.documentation());
    }

    private List<Attribute> attributes(List<Attribute> attributes) {
        if (attributes.isEmpty()) return attributes;
        List<Attribute> out = new ArrayList<>(attributes.size());
        for (Attribute a : attributes) {
            out.add(new Attribute(a.name(), a.block(), span(a.nameRange()), span(a.range()), arguments(a.arguments()), span(a.argumentsRange())));
        }
        return out;
    }

    private List<Argument> arguments(List<Argument> arguments) {
        if (arguments.isEmpty()) return arguments;
        List<Argument> out = new ArrayList<>(arguments.size());
        for (Argument a : arguments) out.add(new Argument(a.name(), expression(a.value()), span(a.range())));
        return out;
    }

    private Expression expression(Expression e) {
        if (e == null) return null;
        if (e instanceof StringValue v) return new StringValue(v.value(), span(v.range()));
        if (e instanceof NumberValue v) return new NumberValue(v.text(), span(v.range()));
        if (e instanceof Path v) return new Path(v.name(), span(v.range()));
        if (e instanceof Call v) return new Call(v.name(), arguments(v.arguments()), span(v.range()));
        ArrayValue v = (ArrayValue) e;
        List<Expression> items = new ArrayList<>(v.items().size());
        for (Expression i : v.items()) items.add(expression(i));
        return new ArrayValue(items, span(v.range()));
    }
}
