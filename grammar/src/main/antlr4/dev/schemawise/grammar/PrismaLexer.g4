/*
 * Lexer for Prisma schema files (PSL).
 *
 * Newlines are significant (a field or attribute ends at the end of its line), except inside
 * parentheses and brackets, where an argument list or array may span lines: there NL goes to the
 * HIDDEN channel. Braces reset that depth, so an unclosed "(" cannot swallow the rest of the file.
 * Comments stay on HIDDEN channels: "///" doc comments on DOC_COMMENTS (they document the next
 * declaration), "//" comments on HIDDEN (suppressions, formatting).
 */
lexer grammar PrismaLexer;

channels { DOC_COMMENTS }

@lexer::members {
    private int depth = 0;

    @Override
    public void reset() {
        super.reset();
        depth = 0;
    }
}

MODEL: 'model';
VIEW: 'view';
TYPE: 'type';
ENUM: 'enum';
DATASOURCE: 'datasource';
GENERATOR: 'generator';

ATAT: '@@';
AT: '@';
LBRACE: '{' { depth = 0; };
RBRACE: '}' { depth = 0; };
LPAREN: '(' { depth++; };
RPAREN: ')' { if (depth > 0) depth--; };
LBRACKET: '[' { depth++; };
RBRACKET: ']' { if (depth > 0) depth--; };
COMMA: ',';
COLON: ':';
EQ: '=';
QUESTION: '?';
EXCLAMATION: '!';
DOT: '.';

STRING: '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"';
UNTERMINATED_STRING: '"' ( '\\' ~[\r\n] | ~["\\\r\n] )*;
NUMBER: '-'? [0-9]+ ( '.' [0-9]+ )?;
IDENTIFIER: [a-zA-Z_] [a-zA-Z0-9_-]*;

DOC_COMMENT: '///' ~[\r\n]* -> channel(DOC_COMMENTS);
LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
NL: '\r'? '\n' { if (depth > 0) setChannel(HIDDEN); };
WHITESPACE: [ \t\f\u000B\u00A0\uFEFF]+ -> skip;

ERROR_CHAR: .;
