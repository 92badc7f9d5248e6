package dev.schemawise.prisma;

import dev.schemawise.model.SyntaxError;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import dev.schemawise.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Prisma front end read from one file, with lookups rules ask for per model and field (a block by its
 * model name, the block around a position) answered from an index built on first use instead of a scan of every block.
 */
public final class PrismaParseResult {
    private final String file;
    private final List<PrismaAst.Block> blocks;
    private final List<SyntaxError> errors;
    private final List<Comment> comments;
    private final LineIndex lines;
    private volatile Map<String, PrismaAst.Block> models;

    public PrismaParseResult(String file, List<PrismaAst.Block> blocks, List<SyntaxError> errors, List<Comment> comments, LineIndex lines) {
        this.file = file;
        this.blocks = List.copyOf(blocks);
        this.errors = List.copyOf(errors);
        this.comments = List.copyOf(comments);
        this.lines = lines;
    }

    public String file() {
        return file;
    }

    /** The blocks in the order of the file (so by position). */
    public List<PrismaAst.Block> blocks() {
        return blocks;
    }

    public List<SyntaxError> errors() {
        return errors;
    }

    public List<Comment> comments() {
        return comments;
    }

    public LineIndex lines() {
        return lines;
    }

    /** The first model or view block of this name, or null. */
    public PrismaAst.Block model(String name) {
        Map<String, PrismaAst.Block> byName = models;
        if (byName == null) {
            byName = new HashMap<>();
            for (PrismaAst.Block b : blocks) {
                if (b.kind() == PrismaAst.BlockKind.MODEL || b.kind() == PrismaAst.BlockKind.VIEW) byName.putIfAbsent(b.name(), b);
            }
            models = byName;
        }
        return byName.get(name);
    }

    /** The block whose range encloses a span, or null (blocks do not overlap; found by binary search). */
    public PrismaAst.Block enclosing(Span at) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            PrismaAst.Block b = blocks.get(mid);
            if (b.range().start() > at.start()) hi = mid - 1;
            else if (b.range().end() < at.start()) lo = mid + 1;
            else return b.range().encloses(at) ? b : null;
        }
        return null;
    }

    @Override
    public String toString() {
        return "PrismaParseResult[file=" + file + ", blocks=" + blocks.size() + ", errors=" + errors + "]";
    }
}
