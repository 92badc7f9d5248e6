package dev.schemawise.prisma;

import dev.schemawise.model.SyntaxError;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import java.util.List;

/** What the Prisma front end read from one file. */
public record PrismaParseResult(String file, List<PrismaAst.Block> blocks, List<SyntaxError> errors, List<Comment> comments, LineIndex lines) {
    public PrismaParseResult {
        blocks = List.copyOf(blocks);
        errors = List.copyOf(errors);
        comments = List.copyOf(comments);
    }
}
