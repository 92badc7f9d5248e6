/*
 * Lexer for Prisma schema files (PSL).
 *
 * Newlines are significant everywhere, as in Prisma's own parser: a field, attribute or key = value
 * ends at the end of its line, and an argument list or array cannot span lines (prisma-schema-wasm
 * rejects that too). So an unclosed "(" cannot swallow the lines after it.
 * Comments stay on HIDDEN channels: "///" doc comments on DOC_COMMENTS (they document the next
 * declaration), "//" comments on HIDDEN (suppressions, formatting).
 */
lexer grammar PrismaLexer;

channels { DOC_COMMENTS }

MODEL: 'model';
VIEW: 'view';
TYPE: 'type';
ENUM: 'enum';
DATASOURCE: 'datasource';
GENERATOR: 'generator';

ATAT: '@@';
AT: '@';
LBRACE: '{';
RBRACE: '}';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
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
NL: '\r'? '\n';
WHITESPACE: [ \t\f\u000B\u00A0\uFEFF]+ -> skip;

ERROR_CHAR: .;
