package dev.schemawise.sql;

import dev.schemawise.model.Dialect;
import dev.schemawise.model.Occurrence;
import dev.schemawise.model.SyntaxError;
import dev.schemawise.model.ddl.Statement;
import dev.schemawise.text.Comment;
import dev.schemawise.text.LineIndex;
import java.util.List;

/** What the SQL front end read from one file: its statements in order, the syntax errors, the comments, and every name with its range. */
public record SqlParseResult(String file, Dialect dialect, List<Statement> statements, List<SyntaxError> errors,
                             List<Comment> comments, List<Occurrence> occurrences, LineIndex lines) {

    public SqlParseResult {
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
        comments = List.copyOf(comments);
        occurrences = List.copyOf(occurrences);
    }
}
