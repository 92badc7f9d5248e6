/*
 * The DDL subset of PostgreSQL, MySQL and SQLite that shapes a schema, plus an opaque statement
 * for everything else (functions, triggers, GRANT, SET, INSERT, ...), so real dumps parse without
 * errors while a broken CREATE TABLE is still reported precisely.
 *
 * Expressions (DEFAULT, CHECK, WHERE, index expressions, view bodies) are kept as balanced token
 * runs: schemawise needs their text and the columns they mention, not their full syntax.
 *
 * Entry points: `script` for a whole file, `singleStatement` for one statement (the front end
 * splits files at SEMI, psql meta-commands and MySQL delimiters and parses statements one by one,
 * so one broken statement never hides the rest).
 */
parser grammar SqlParser;

options { tokenVocab = SqlLexer; }

script
    : (statement? SEMI | standaloneCommand)* statement? EOF
    ;

// psql meta-commands and MySQL's DELIMITER end a statement without a semicolon.
standaloneCommand
    : PSQL_META
    | DELIMITER_COMMAND
    ;

singleStatement
    : statement SEMI? EOF
    ;

statement
    : createTableStatement
    | createIndexStatement
    | alterTableStatement
    | dropStatement
    | createTypeStatement
    | alterTypeStatement
    | createSequenceStatement
    | alterSequenceStatement
    | createViewStatement
    | createExtensionStatement
    | createSchemaStatement
    | commentStatement
    | alterIndexStatement
    | renameTableStatement
    | opaqueStatement
    ;

// ---------------------------------------------------------------- CREATE TABLE

createTableStatement
    : CREATE (OR REPLACE)? tableScope? TABLE ifNotExists? qualifiedName
      ( LPAREN tableElement (COMMA tableElement)* RPAREN tableTail*
      | LPAREN RPAREN tableTail*
      | OF qualifiedName (LPAREN tableElement (COMMA tableElement)* RPAREN)? tableTail*
      | PARTITION OF qualifiedName (LPAREN tableElement (COMMA tableElement)* RPAREN)? partitionBound tableTail*
      | LIKE qualifiedName
      | tableTail* AS anyToken+
      )
    ;

tableScope
    : (GLOBAL | LOCAL)? (TEMP | TEMPORARY)
    | UNLOGGED
    ;

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

tableElement
    : tableConstraint
    | indexDefinition
    | LIKE qualifiedName actionToken*
    | columnDefinition
    ;

columnDefinition
    : identifier dataType? columnOption*
    ;

columnOption
    : CONSTRAINT identifier                                                  # namedColumnConstraint
    | NOT NULL conflictClause?                                               # notNullOption
    | NULL                                                                   # nullOption
    | DEFAULT defaultExpression                                              # defaultOption
    | PRIMARY KEY (ASC | DESC)? conflictClause?                             # primaryKeyOption
    | UNIQUE KEY? (NULLS NOT? DISTINCT)? conflictClause?                    # uniqueOption
    | CHECK parenthesized (NO IDENTIFIER)? (NOT? ENFORCED)?                  # checkOption
    | referencesClause                                                       # referencesOption
    | GENERATED (ALWAYS | BY DEFAULT) AS IDENTITY parenthesized?              # identityOption
    | (GENERATED ALWAYS)? AS parenthesized (STORED | VIRTUAL)?               # generatedOption
    | AUTO_INCREMENT                                                         # autoIncrementOption
    | AUTOINCREMENT                                                          # autoIncrementOption
    | COLLATE collationName                                                  # collateOption
    | COMMENT (STRING | QUOTED_IDENTIFIER)                                   # commentOption
    | ON UPDATE defaultExpression                                            # onUpdateOption
    | (CHARACTER SET | CHARSET) collationName                                # charsetOption
    | DEFERRABLE                                                             # constraintTimingOption
    | NOT DEFERRABLE                                                         # constraintTimingOption
    | INITIALLY (DEFERRED | IMMEDIATE)                                       # constraintTimingOption
    | IDENTIFIER NUMBER?                                                     # otherColumnOption
    ;

// SQLite: ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE
conflictClause
    : ON CONFLICT (IDENTIFIER | REPLACE)
    ;

collationName
    : qualifiedName
    | STRING
    ;

tableConstraint
    : (CONSTRAINT identifier?)? constraintBody constraintAttribute*
    ;

constraintBody
    : (PRIMARY KEY | UNIQUE) USING INDEX identifier                                               # constraintUsingIndex
    | PRIMARY KEY indexName? indexMethod? LPAREN indexElement (COMMA indexElement)* RPAREN
      indexParameters conflictClause? AUTOINCREMENT?                                              # primaryKeyConstraint
    | UNIQUE (KEY | INDEX)? indexName? indexMethod? (NULLS NOT? DISTINCT)?
      LPAREN indexElement (COMMA indexElement)* RPAREN indexParameters conflictClause?             # uniqueConstraint
    | FOREIGN KEY indexName? LPAREN identifierList RPAREN referencesClause                        # foreignKeyConstraint
    | CHECK parenthesized (NO IDENTIFIER)?                                                       # checkConstraint
    | EXCLUDE (USING identifier)? parenthesized actionToken*                                      # excludeConstraint
    ;

constraintAttribute
    : DEFERRABLE
    | NOT DEFERRABLE
    | INITIALLY (DEFERRED | IMMEDIATE)
    | NOT VALID
    | NOT? ENFORCED
    ;

indexName
    : identifier
    ;

indexMethod
    : USING identifier
    ;

// PostgreSQL index parameters after the column list of a PRIMARY KEY or UNIQUE constraint; MySQL index options.
indexParameters
    : ( INCLUDE LPAREN identifierList RPAREN
      | WITH parenthesized
      | USING INDEX TABLESPACE identifier
      | indexMethod
      | COMMENT STRING
      | IDENTIFIER (EQ (identifier | NUMBER))?
      )*
    ;

// MySQL: [UNIQUE|FULLTEXT|SPATIAL] KEY|INDEX name (columns) inside CREATE TABLE or ALTER TABLE ADD.
indexDefinition
    : (FULLTEXT | SPATIAL) (KEY | INDEX)? indexName? LPAREN indexElement (COMMA indexElement)* RPAREN indexParameters
    | (KEY | INDEX) indexName? indexMethod? LPAREN indexElement (COMMA indexElement)* RPAREN indexParameters
    ;

referencesClause
    : REFERENCES qualifiedName (LPAREN identifierList RPAREN)?
      ( MATCH (FULL | PARTIAL | SIMPLE)
      | ON DELETE referentialAction
      | ON UPDATE referentialAction
      )*
    ;

referentialAction
    : CASCADE                                        # cascadeAction
    | RESTRICT                                       # restrictAction
    | NO ACTION                                      # noAction
    | SET NULL (LPAREN identifierList RPAREN)?       # setNullAction
    | SET DEFAULT (LPAREN identifierList RPAREN)?    # setDefaultAction
    ;

tableTail
    : INHERITS LPAREN qualifiedName (COMMA qualifiedName)* RPAREN        # inheritsTail
    | PARTITION BY partitionSpec                                          # partitionByTail
    | WITH parenthesized                                                  # withTail
    | (WITH | WITHOUT) IDENTIFIER                                         # oidsOrRowidTail
    | TABLESPACE identifier                                               # tablespaceTail
    | USING identifier                                                    # accessMethodTail
    | ON COMMIT (DROP | DELETE IDENTIFIER | IDENTIFIER IDENTIFIER)        # onCommitTail
    | COMMA                                                               # separatorTail
    | tableOption                                                         # tableOptionTail
    ;

// MySQL table options and SQLite's STRICT: ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4, COMMENT='...', AUTO_INCREMENT=5
tableOption
    : DEFAULT? optionName EQ? optionValue?
    ;

optionName
    : CHARACTER SET
    | CHARSET
    | COLLATE
    | COMMENT
    | AUTO_INCREMENT
    | IDENTIFIER
    ;

optionValue
    : identifier
    | STRING
    | NUMBER
    | DEFAULT
    ;

partitionSpec
    : (parenthesized | ~(SEMI | LPAREN | RPAREN | WITH | TABLESPACE | USING | INHERITS | COMMA))+
    ;

partitionBound
    : FOR IDENTIFIER anyToken+
    | DEFAULT
    ;

// ---------------------------------------------------------------- types

dataType
    : typeName typeArguments? timeZone? arraySuffix*
    ;

typeName
    : DOUBLE PRECISION
    | (CHARACTER | CHAR | NCHAR) VARYING
    | NATIONAL (CHARACTER | CHAR) VARYING?
    | BIT VARYING
    | qualifiedName
    ;

typeArguments
    : LPAREN typeArgument (COMMA typeArgument)* RPAREN
    ;

typeArgument
    : OPERATOR? NUMBER
    | STRING
    | identifier
    ;

timeZone
    : (WITH | WITHOUT) TIME ZONE
    ;

arraySuffix
    : LBRACKET NUMBER? RBRACKET
    | ARRAY (LBRACKET NUMBER? RBRACKET)?
    ;

// ---------------------------------------------------------------- CREATE INDEX

createIndexStatement
    : CREATE UNIQUE? (FULLTEXT | SPATIAL)? INDEX CONCURRENTLY? ifNotExists? qualifiedName? indexMethod?
      ON ONLY? qualifiedName indexMethod?
      LPAREN indexElement (COMMA indexElement)* RPAREN
      (INCLUDE LPAREN identifierList RPAREN)?
      (NULLS NOT? DISTINCT)?
      (WITH parenthesized)?
      (TABLESPACE identifier)?
      indexTrailingOption*
      whereClause?
    ;

indexElement
    : indexExpression (COLLATE collationName)? operatorClass? (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

// A column, a function call (or a MySQL prefix length: name(10)), or a parenthesised expression.
indexExpression
    : qualifiedName parenthesized?
    | parenthesized
    ;

operatorClass
    : qualifiedName parenthesized?
    ;

whereClause
    : WHERE anyToken+
    ;

// MySQL: ALGORITHM=INPLACE LOCK=NONE, COMMENT '...', USING BTREE
indexTrailingOption
    : ALGORITHM EQ? identifier
    | IDENTIFIER EQ? identifier
    | COMMENT STRING
    | indexMethod
    ;

// ---------------------------------------------------------------- ALTER TABLE

alterTableStatement
    : ALTER TABLE ifExists? ONLY? qualifiedName STAR? alterTableAction (COMMA alterTableAction)*
    ;

alterTableAction
    // MySQL's ADD INDEX name (columns) also reads as a column named INDEX of type name(columns): the index
    // alternative comes first, since ANTLR resolves an ambiguity in favour of the first.
    : ADD UNIQUE? indexDefinition                                                      # addIndexAction
    | ADD COLUMN? ifNotExists? columnDefinition columnPosition?                       # addColumnAction
    | ADD tableConstraint                                                              # addConstraintAction
    | DROP COLUMN? ifExists? identifier (CASCADE | RESTRICT)?                          # dropColumnAction
    | DROP CONSTRAINT ifExists? identifier (CASCADE | RESTRICT)?                       # dropConstraintAction
    | DROP (INDEX | KEY) identifier                                                    # dropIndexAction
    | DROP PRIMARY KEY                                                                 # dropPrimaryKeyAction
    | DROP FOREIGN KEY identifier                                                      # dropForeignKeyAction
    | ALTER COLUMN? identifier alterColumnAction                                       # alterColumnActionItem
    | ALTER CONSTRAINT identifier actionToken*                                         # alterConstraintAction
    | MODIFY COLUMN? columnDefinition columnPosition?                                  # modifyColumnAction
    | CHANGE COLUMN? identifier columnDefinition columnPosition?                       # changeColumnAction
    | RENAME COLUMN? identifier TO identifier                                          # renameColumnAction
    | RENAME (TO | AS) qualifiedName                                                   # renameTableAction
    | RENAME CONSTRAINT identifier TO identifier                                       # renameConstraintAction
    | RENAME (INDEX | KEY) identifier TO identifier                                    # renameIndexAction
    | VALIDATE CONSTRAINT identifier                                                   # validateConstraintAction
    | OWNER TO identifier                                                              # ownerToAction
    | ATTACH PARTITION qualifiedName actionToken*                                      # attachPartitionAction
    | DETACH PARTITION qualifiedName actionToken*                                      # detachPartitionAction
    | SET SCHEMA identifier                                                            # setSchemaAction
    | otherActionHead actionToken*                                                     # otherAlterAction
    ;

columnPosition
    : FIRST
    | AFTER identifier
    ;

alterColumnAction
    : (SET DATA)? TYPE dataType (COLLATE collationName)? (USING actionToken+)?         # alterColumnType
    | SET NOT NULL                                                                     # setNotNull
    | DROP NOT NULL                                                                    # dropNotNull
    | SET DEFAULT defaultExpression                                                    # setDefault
    | DROP DEFAULT                                                                     # dropDefault
    | ADD GENERATED (ALWAYS | BY DEFAULT) AS IDENTITY parenthesized?                    # addIdentity
    | DROP IDENTITY ifExists?                                                          # dropIdentity
    | DROP EXPRESSION ifExists?                                                        # dropExpression
    | SET parenthesized                                                                # otherColumnAction
    | SET ~(NOT | DEFAULT | DATA | SEMI | COMMA | LPAREN) actionToken*                 # otherColumnAction
    | IDENTIFIER actionToken*                                                          # otherColumnAction
    ;

// ENABLE/DISABLE TRIGGER, CLUSTER ON, REPLICA IDENTITY, SET (fillfactor=70), INHERIT, NO FORCE, MySQL ENGINE=...
otherActionHead
    : IDENTIFIER
    | SET
    | NO
    | NOT
    | OF
    | DEFAULT
    | CHARACTER
    | CHARSET
    | COLLATE
    | COMMENT
    | AUTO_INCREMENT
    | ALGORITHM
    ;

actionToken
    : parenthesized
    | ~(COMMA | SEMI | LPAREN | RPAREN | PSQL_META | DELIMITER_COMMAND)
    ;

// MySQL: RENAME TABLE a TO b, c TO d
renameTableStatement
    : RENAME TABLE qualifiedName TO qualifiedName (COMMA qualifiedName TO qualifiedName)*
    ;

// ---------------------------------------------------------------- DROP

dropStatement
    : DROP TEMPORARY? dropKind CONCURRENTLY? ifExists? qualifiedName (COMMA qualifiedName)*
      (ON qualifiedName)? (CASCADE | RESTRICT)? anyToken*
    ;

dropKind
    : TABLE
    | INDEX
    | VIEW
    | MATERIALIZED VIEW
    | TYPE
    | SEQUENCE
    | SCHEMA
    | EXTENSION
    ;

// ---------------------------------------------------------------- types, sequences, views, extensions, schemas

createTypeStatement
    : CREATE TYPE qualifiedName AS ENUM LPAREN (STRING (COMMA STRING)*)? RPAREN             # createEnumType
    | CREATE TYPE qualifiedName AS LPAREN (compositeAttribute (COMMA compositeAttribute)*)? RPAREN  # createCompositeType
    | CREATE TYPE qualifiedName (AS RANGE)? parenthesized?                                 # createOtherType
    ;

compositeAttribute
    : identifier dataType (COLLATE collationName)?
    ;

alterTypeStatement
    : ALTER TYPE qualifiedName ADD VALUE ifNotExists? STRING ((BEFORE | AFTER) STRING)?    # addEnumValue
    | ALTER TYPE qualifiedName RENAME VALUE STRING TO STRING                              # renameEnumValue
    | ALTER TYPE qualifiedName RENAME TO identifier                                       # renameType
    | ALTER TYPE qualifiedName anyToken*                                                  # otherAlterType
    ;

createSequenceStatement
    : CREATE tableScope? SEQUENCE ifNotExists? qualifiedName anyToken*
    ;

alterSequenceStatement
    : ALTER SEQUENCE ifExists? qualifiedName OWNED BY qualifiedName                      # sequenceOwnedBy
    | ALTER SEQUENCE ifExists? qualifiedName anyToken*                                   # otherAlterSequence
    ;

createViewStatement
    : CREATE (OR REPLACE)? viewOption* tableScope? RECURSIVE? MATERIALIZED? VIEW ifNotExists? qualifiedName
      (LPAREN identifierList RPAREN)? (WITH parenthesized)? AS viewBody
    ;

// MySQL: ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER
viewOption
    : ALGORITHM EQ identifier
    | DEFINER EQ userName
    | SQL SECURITY (DEFINER | IDENTIFIER)
    ;

userName
    : (identifier | STRING) (OPERATOR (identifier | STRING))?
    ;

viewBody
    : anyToken+
    ;

createExtensionStatement
    : CREATE EXTENSION ifNotExists? identifier anyToken*
    ;

createSchemaStatement
    : CREATE SCHEMA ifNotExists? identifier? (AUTHORIZATION identifier)? anyToken*
    ;

alterIndexStatement
    : ALTER INDEX ifExists? qualifiedName RENAME TO identifier                         # renameIndex
    | ALTER INDEX ifExists? qualifiedName anyToken*                                    # otherAlterIndex
    ;

// ---------------------------------------------------------------- COMMENT ON

commentStatement
    : COMMENT ON commentTarget IS (STRING | NULL)
    ;

commentTarget
    : TABLE qualifiedName                                # commentOnTable
    | COLUMN qualifiedName                               # commentOnColumn
    | (INDEX | TYPE | SEQUENCE | MATERIALIZED? VIEW | SCHEMA | EXTENSION) qualifiedName   # commentOnObject
    | CONSTRAINT identifier ON qualifiedName             # commentOnConstraint
    | ~(IS | SEMI | TABLE | COLUMN | CONSTRAINT) ~(IS | SEMI)*   # commentOnOther
    ;

// ---------------------------------------------------------------- everything else

// Statements that do not shape the schema model: recognised by their head, kept as an opaque range.
opaqueStatement
    : CREATE (OR REPLACE)? viewOption* tableScope? ~(TABLE | INDEX | UNIQUE | FULLTEXT | SPATIAL | VIEW
          | MATERIALIZED | RECURSIVE | SEQUENCE | TYPE | SCHEMA | EXTENSION | OR | TEMP | TEMPORARY
          | UNLOGGED | GLOBAL | LOCAL | ALGORITHM | DEFINER | SQL | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    | ALTER ~(TABLE | TYPE | SEQUENCE | INDEX | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    | DROP TEMPORARY? ~(TABLE | INDEX | VIEW | MATERIALIZED | TYPE | SEQUENCE | SCHEMA | EXTENSION | TEMPORARY
          | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    | RENAME ~(TABLE | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    | ~(CREATE | ALTER | DROP | COMMENT | RENAME | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    | COMMENT ~(ON | SEMI | PSQL_META | DELIMITER_COMMAND) anyToken*
    ;

// ---------------------------------------------------------------- shared pieces

defaultExpression
    : (NULL | defaultTerm) defaultTerm*
    ;

// Everything up to the next column option, comma or closing parenthesis.
defaultTerm
    : parenthesized
    | bracketed
    | ~(COMMA | SEMI | LPAREN | RPAREN | LBRACKET | RBRACKET | NOT | NULL | CONSTRAINT | PRIMARY | UNIQUE
        | CHECK | REFERENCES | COLLATE | GENERATED | ON | COMMENT | AUTO_INCREMENT | AUTOINCREMENT | DEFAULT
        | AS | KEY | DEFERRABLE | INITIALLY | FIRST | AFTER)
    ;

parenthesized
    : LPAREN (parenthesized | bracketed | ~(LPAREN | RPAREN | LBRACKET | RBRACKET | SEMI))* RPAREN
    ;

bracketed
    : LBRACKET (parenthesized | bracketed | ~(LPAREN | RPAREN | LBRACKET | RBRACKET | SEMI))* RBRACKET
    ;

anyToken
    : ~(SEMI | PSQL_META | DELIMITER_COMMAND)
    ;

identifierList
    : identifier (COMMA identifier)*
    ;

qualifiedName
    : identifier (DOT identifier)*
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | BACKTICK_IDENTIFIER
    | BRACKET_IDENTIFIER
    | nonReservedKeyword
    ;

// Keywords that can name tables and columns. The reserved ones (AS, CHECK, CONSTRAINT, CREATE, DEFAULT,
// NOT, NULL, ON, PRIMARY, REFERENCES, TABLE, UNIQUE, WHERE, WITH, ...) are reserved in PostgreSQL too.
nonReservedKeyword
    : ACTION | ADD | AFTER | ALGORITHM | ALWAYS | ATTACH | AUTO_INCREMENT | AUTOINCREMENT | BEFORE | BIT
    | BY | CASCADE | CHANGE | CHAR | CHARACTER | CHARSET | COMMENT | COMMIT | CONFLICT | COPY | DATA
    | DEFERRED | DEFINER | DELETE | DETACH | DISTINCT | DOUBLE | DROP | ENFORCED | ENUM | EXCLUDE | EXISTS
    | EXPRESSION | EXTENSION | FIRST | FULL | FULLTEXT | GENERATED | GLOBAL | IDENTITY | IF | IMMEDIATE
    | INCLUDE | INDEX | INHERITS | KEY | LAST | LOCAL | MATCH | MATERIALIZED | MODIFY | NATIONAL | NCHAR | NO
    | NULLS | OF | OWNED | OWNER | PARTIAL | PARTITION | PRECISION | RANGE | RECURSIVE | RENAME | REPLACE
    | RESTRICT | SCHEMA | SECURITY | SEQUENCE | SET | SIMPLE | SPATIAL | SQL | STDIN | STORED | TABLESPACE
    | TEMP | TEMPORARY | TIME | TYPE | UNLOGGED | UPDATE | VALID | VALIDATE | VALUE | VARYING | VIEW
    | VIRTUAL | WITHOUT | ZONE
    ;
