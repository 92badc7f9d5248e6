/*
 * Lexer for the SQL DDL subset schemawise reads: PostgreSQL first, then MySQL and SQLite.
 *
 * It never fails: every character ends up in some token (ERROR_CHAR is the catch-all), and
 * unterminated strings, quoted identifiers and comments have their own token types so the
 * parser can report them precisely. Comments stay on the HIDDEN channel (suppressions and
 * documentation need them); whitespace is skipped.
 *
 * Three constructs need a little state, kept in the members below:
 *  - PostgreSQL dollar quotes ($tag$ ... $tag$): the body is consumed by hand up to the matching tag.
 *  - pg_dump's COPY ... FROM stdin; data blocks: everything up to the "\." line becomes one COPY_DATA token.
 *  - MySQL client DELIMITER blocks: with a custom delimiter each statement up to it becomes one
 *    DELIMITED_STATEMENT token, and the delimiter itself a SEMI.
 *
 * Token offsets are code-point indices (ANTLR's CharStreams); callers convert to UTF-16.
 */
lexer grammar SqlLexer;

options { caseInsensitive = true; }

channels { COPY_DATA_CHANNEL }

@lexer::members {
    /** MySQL: '#' starts a comment and backslash escapes work in strings. */
    public boolean mysql = false;
    /** SQLite: [bracketed] identifiers. */
    public boolean sqlite = false;

    private String delimiter = null;           // custom MySQL client delimiter, null for ';'
    private int statementHead = -1;            // type of the first token of the current statement
    private int previousType = -1;             // last two default-channel token types
    private int previousPreviousType = -1;
    private boolean copyDataPending = false;

    public void configure(boolean mysql, boolean sqlite) {
        this.mysql = mysql;
        this.sqlite = sqlite;
    }

    @Override
    public void reset() {
        super.reset();
        delimiter = null;
        statementHead = previousType = previousPreviousType = -1;
        copyDataPending = false;
    }

    @Override
    public Token nextToken() {
        Token special = null;
        if (copyDataPending) {
            copyDataPending = false;
            special = copyData();
        } else if (delimiter != null) {
            special = delimitedStatement();
        }
        Token token = special != null ? special : super.nextToken();
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            track(token.getType());
        }
        return token;
    }

    private void track(int type) {
        if (type == SEMI) {
            copyDataPending = statementHead == COPY && previousPreviousType == FROM && previousType == STDIN;
            statementHead = previousType = previousPreviousType = -1;
            return;
        }
        if (statementHead == -1) statementHead = type;
        previousPreviousType = previousType;
        previousType = type;
    }

    private Token make(int type, int channel, int start, int stopInclusive) {
        Token t = _factory.create(_tokenFactorySourcePair, type, null, channel, start, stopInclusive, getLine(), getCharPositionInLine());
        _input.seek(stopInclusive + 1);
        return t;
    }

    private boolean lookingAt(int index, String s) {
        for (int i = 0; i < s.length(); i++) {
            int c = charAt(index + i);
            if (c == IntStream.EOF || Character.toLowerCase(c) != Character.toLowerCase(s.charAt(i))) return false;
        }
        return true;
    }

    /** The code point at an absolute index (LA is relative, and LA(0) is undefined). */
    private int charAt(int index) {
        int k = index - _input.index();
        return _input.LA(k >= 0 ? k + 1 : k);
    }

    /** The rows of a COPY ... FROM stdin; block, through the terminating "\." line (or the end of input). */
    private Token copyData() {
        int start = _input.index();
        int i = start;
        // the rest of the line holding the COPY statement's semicolon
        while (charAt(i) != IntStream.EOF && charAt(i) != '\n') i++;
        if (charAt(i) == IntStream.EOF) return null;
        i++;
        while (charAt(i) != IntStream.EOF) {
            boolean terminator = charAt(i) == '\\' && charAt(i + 1) == '.';
            while (charAt(i) != IntStream.EOF && charAt(i) != '\n') i++;
            if (charAt(i) == '\n') i++;
            if (terminator) break;
        }
        return make(COPY_DATA, COPY_DATA_CHANNEL, start, i - 1);
    }

    /**
     * With a custom delimiter in force: whitespace is skipped, a DELIMITER command line is left to the
     * normal rules, the delimiter becomes SEMI, and anything else up to the delimiter one
     * DELIMITED_STATEMENT token (quotes and comments respected).
     */
    private Token delimitedStatement() {
        int i = _input.index();
        while (charAt(i) == ' ' || charAt(i) == '\t' || charAt(i) == '\r' || charAt(i) == '\n') i++;
        if (charAt(i) == IntStream.EOF) { _input.seek(i); return null; }
        if (isDelimiterCommandAt(i)) { _input.seek(i); return null; }
        if (lookingAt(i, delimiter)) return make(SEMI, DEFAULT_TOKEN_CHANNEL, i, i + delimiter.length() - 1);
        if (lookingAt(i, "--") || charAt(i) == '#' || lookingAt(i, "/*")) { _input.seek(i); return null; }
        int start = i;
        while (charAt(i) != IntStream.EOF) {
            int c = charAt(i);
            if (lookingAt(i, delimiter)) break;
            if (c == '\n' && isDelimiterCommandAt(i + 1)) break;
            if (c == '\'' || c == '"' || c == '`') {
                i++;
                while (charAt(i) != IntStream.EOF && charAt(i) != c) {
                    if (charAt(i) == '\\') i++;
                    i++;
                }
                if (charAt(i) != IntStream.EOF) i++;
            } else if (lookingAt(i, "/*")) {
                i += 2;
                while (charAt(i) != IntStream.EOF && !lookingAt(i, "*/")) i++;
                if (charAt(i) != IntStream.EOF) i += 2;
            } else if ((lookingAt(i, "-- ") || c == '#')) {
                while (charAt(i) != IntStream.EOF && charAt(i) != '\n') i++;
            } else {
                i++;
            }
        }
        int end = i;
        while (end > start && Character.isWhitespace(charAt(end - 1))) end--;
        return make(DELIMITED_STATEMENT, DEFAULT_TOKEN_CHANNEL, start, end - 1);
    }

    private boolean isDelimiterCommandAt(int i) {
        return (i == 0 || charAt(i - 1) == '\n') && lookingAt(i, "delimiter") && (charAt(i + 9) == ' ' || charAt(i + 9) == '\t');
    }

    private boolean atLineStart() {
        return _tokenStartCharIndex == 0 || charAt(_tokenStartCharIndex - 1) == '\n';
    }

    private void setDelimiter(String commandText) {
        String value = commandText.substring("delimiter".length()).trim();
        delimiter = value.isEmpty() || value.equals(";") ? null : value;
    }

    /** Consumes a dollar-quoted body after its opening tag (the token's text so far). */
    private void consumeDollarBody() {
        String tag = getText();
        int i = _input.index();
        while (charAt(i) != IntStream.EOF) {
            if (charAt(i) == '$' && lookingAt(i, tag)) {
                _input.seek(i + tag.length());
                return;
            }
            i++;
        }
        _input.seek(i);
        setType(UNTERMINATED_DOLLAR_STRING);
    }
}

// ---------------------------------------------------------------- keywords
// Keywords the DDL grammar needs; all but the reserved ones stay usable as identifiers (see SqlParser.identifier).
ACTION: 'ACTION';
ADD: 'ADD';
AFTER: 'AFTER';
ALGORITHM: 'ALGORITHM';
ALTER: 'ALTER';
ALWAYS: 'ALWAYS';
AND: 'AND';
ARRAY: 'ARRAY';
AS: 'AS';
ASC: 'ASC';
ATTACH: 'ATTACH';
AUTHORIZATION: 'AUTHORIZATION';
AUTO_INCREMENT: 'AUTO_INCREMENT';
AUTOINCREMENT: 'AUTOINCREMENT';
BEFORE: 'BEFORE';
BIT: 'BIT';
BY: 'BY';
CASCADE: 'CASCADE';
CHANGE: 'CHANGE';
CHAR: 'CHAR';
CHARACTER: 'CHARACTER';
CHARSET: 'CHARSET';
CHECK: 'CHECK';
COLLATE: 'COLLATE';
COLUMN: 'COLUMN';
COMMENT: 'COMMENT';
COMMIT: 'COMMIT';
CONCURRENTLY: 'CONCURRENTLY';
CONFLICT: 'CONFLICT';
CONSTRAINT: 'CONSTRAINT';
COPY: 'COPY';
CREATE: 'CREATE';
DATA: 'DATA';
DEFAULT: 'DEFAULT';
DEFERRABLE: 'DEFERRABLE';
DEFERRED: 'DEFERRED';
DEFINER: 'DEFINER';
DELETE: 'DELETE';
DESC: 'DESC';
DETACH: 'DETACH';
DISTINCT: 'DISTINCT';
DOUBLE: 'DOUBLE';
DROP: 'DROP';
ENFORCED: 'ENFORCED';
ENUM: 'ENUM';
EXCLUDE: 'EXCLUDE';
EXISTS: 'EXISTS';
EXPRESSION: 'EXPRESSION';
EXTENSION: 'EXTENSION';
FIRST: 'FIRST';
FOR: 'FOR';
FOREIGN: 'FOREIGN';
FROM: 'FROM';
FULL: 'FULL';
FULLTEXT: 'FULLTEXT';
GENERATED: 'GENERATED';
GLOBAL: 'GLOBAL';
IDENTITY: 'IDENTITY';
IF: 'IF';
IMMEDIATE: 'IMMEDIATE';
INCLUDE: 'INCLUDE';
INDEX: 'INDEX';
INHERITS: 'INHERITS';
INITIALLY: 'INITIALLY';
IS: 'IS';
KEY: 'KEY';
LAST: 'LAST';
LIKE: 'LIKE';
LOCAL: 'LOCAL';
MATCH: 'MATCH';
MATERIALIZED: 'MATERIALIZED';
MODIFY: 'MODIFY';
NATIONAL: 'NATIONAL';
NCHAR: 'NCHAR';
NO: 'NO';
NOT: 'NOT';
NULL: 'NULL';
NULLS: 'NULLS';
OF: 'OF';
ON: 'ON';
ONLY: 'ONLY';
OR: 'OR';
OWNED: 'OWNED';
OWNER: 'OWNER';
PARTIAL: 'PARTIAL';
PARTITION: 'PARTITION';
PRECISION: 'PRECISION';
PRIMARY: 'PRIMARY';
RANGE: 'RANGE';
RECURSIVE: 'RECURSIVE';
REFERENCES: 'REFERENCES';
RENAME: 'RENAME';
REPLACE: 'REPLACE';
RESTRICT: 'RESTRICT';
SCHEMA: 'SCHEMA';
SECURITY: 'SECURITY';
SEQUENCE: 'SEQUENCE';
SET: 'SET';
SIMPLE: 'SIMPLE';
SPATIAL: 'SPATIAL';
SQL: 'SQL';
STDIN: 'STDIN';
STORED: 'STORED';
TABLE: 'TABLE';
TABLESPACE: 'TABLESPACE';
TEMP: 'TEMP';
TEMPORARY: 'TEMPORARY';
TIME: 'TIME';
TO: 'TO';
TYPE: 'TYPE';
UNIQUE: 'UNIQUE';
UNLOGGED: 'UNLOGGED';
UPDATE: 'UPDATE';
USING: 'USING';
VALID: 'VALID';
VALIDATE: 'VALIDATE';
VALUE: 'VALUE';
VARYING: 'VARYING';
VIEW: 'VIEW';
VIRTUAL: 'VIRTUAL';
WHERE: 'WHERE';
WITH: 'WITH';
WITHOUT: 'WITHOUT';
ZONE: 'ZONE';

// ---------------------------------------------------------------- statement-level specials
// A psql meta-command (\connect, \restrict, \c db;) is a statement of its own, to the end of the line.
PSQL_META: '\\' ~[\r\n]*;
// MySQL client "DELIMITER $$": only symbols count as a delimiter, so a column named "delimiter" is safe.
// Predicates sit at the right edge of rules: a left-edge predicate would stop ANTLR caching the lexer's start state.
DELIMITER_COMMAND: 'DELIMITER' [ \t]+ [;/$|@!%^&*~#]+ [ \t]* {atLineStart()}? { setDelimiter(getText()); };
DELIMITED_STATEMENT: '\u0000' '\u0000';   // produced by nextToken(), never matched
COPY_DATA: '\u0000' '\u0001';             // produced by nextToken(), never matched

// ---------------------------------------------------------------- literals and identifiers
STRING
    : '\'' ( '\'\'' | ~'\'' )* '\''
    | [ENBX] '\'' ( '\\' . | '\'\'' | ~['\\] )* '\''
    | 'U&\'' ( '\'\'' | ~'\'' )* '\''
    ;
MYSQL_STRING: '\'' ( '\\' . | '\'\'' | ~['\\] )* '\'' {mysql}? -> type(STRING);
UNTERMINATED_STRING: '\'' ( '\'\'' | ~'\'' )*;

DOLLAR_STRING: '$' ( [A-Z_\u0080-\u{10FFFF}] [A-Z0-9_\u0080-\u{10FFFF}]* )? '$' { consumeDollarBody(); };
UNTERMINATED_DOLLAR_STRING: '\u0000' '\u0002';   // set by consumeDollarBody(), never matched
PARAMETER: '$' [0-9]+ | '?' [0-9]* | ':' [A-Z_] [A-Z0-9_]*;

QUOTED_IDENTIFIER: '"' ( '""' | ~'"' )* '"';
MYSQL_QUOTED: '"' ( '\\' . | '""' | ~["\\] )* '"' {mysql}? -> type(QUOTED_IDENTIFIER);
UNTERMINATED_QUOTED_IDENTIFIER: '"' ( '""' | ~'"' )*;
BACKTICK_IDENTIFIER: '`' ( '``' | ~'`' )* '`';
UNTERMINATED_BACKTICK_IDENTIFIER: '`' ( '``' | ~'`' )*;
BRACKET_IDENTIFIER: '[' ~[\]\r\n]* ']' {sqlite}?;

// Go/Jinja template placeholders ({{ .Namespace }}.users, as in golang-migrate and dbt files) act as identifiers.
TEMPLATE_PLACEHOLDER: ( '{{' .*? '}}' | '"{{' .*? '}}"' ) -> type(IDENTIFIER);
IDENTIFIER: [A-Z_\u0080-\u{10FFFF}] [A-Z0-9_$\u0080-\u{10FFFF}]*;

HEX_NUMBER: '0X' [0-9A-F]+;
NUMBER
    : [0-9]+ ( '.' [0-9]* )? ( 'E' [+-]? [0-9]+ )?
    | '.' [0-9]+ ( 'E' [+-]? [0-9]+ )?
    ;

// ---------------------------------------------------------------- trivia
LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
HASH_COMMENT: '#' ~[\r\n]* {mysql}? -> channel(HIDDEN);
BLOCK_COMMENT: '/*' ( BLOCK_COMMENT | . )*? '*/' -> channel(HIDDEN);
UNTERMINATED_BLOCK_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'*;
WHITESPACE: [ \t\r\n\f\u000B\u00A0\uFEFF]+ -> skip;

// ---------------------------------------------------------------- punctuation
SEMI: ';';
COMMA: ',';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
DOUBLE_COLON: '::';
DOT: '.';
EQ: '=';
STAR: '*';
// '-' and '/' stand alone so that '--' and '/*' always start comments. A backtick is an operator character in
// PostgreSQL only: in MySQL it opens a quoted name, also right after = or @ (DEFINER=`root`@`localhost`).
OPERATOR: ( [+*<>=~!@#%^&|?:] | '`' {!mysql}? )+ | '-' | '/';

// Anything else: one token per character, so the lexer itself never fails.
ERROR_CHAR: .;
