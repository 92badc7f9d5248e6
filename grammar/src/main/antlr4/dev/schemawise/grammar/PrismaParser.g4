/*
 * Prisma schema language: datasource, generator, model, view, type (composite), enum blocks;
 * fields with types, optional `?`, lists `[]`, Unsupported("..."); field attributes (@id, @default(...),
 * @relation(...), @db.VarChar(255), ...) and block attributes (@@id, @@unique, @@index, @@map, ...),
 * with function calls and arrays as arguments.
 *
 * Modelled on prisma-engines' datamodel.pest: model/view/type share one production, members end at
 * a newline, and scalar types are plain identifiers. Entry points: `schema` for a whole file and
 * `singleBlock` for one top-level block (the front end splits files at block headers, so an unclosed
 * block never hides the next one).
 */
parser grammar PrismaParser;

options { tokenVocab = PrismaLexer; }

schema
    : (NL | block)* EOF
    ;

singleBlock
    : NL* block? NL* EOF
    ;

block
    : modelBlock
    | enumBlock
    | configBlock
    ;

modelBlock
    : kind=(MODEL | VIEW | TYPE) identifier LBRACE (NL | modelMember NL)* RBRACE
    ;

modelMember
    : fieldDeclaration
    | blockAttribute
    ;

fieldDeclaration
    : identifier COLON? fieldType fieldAttribute*
    ;

fieldType
    : typeName (LBRACKET RBRACKET)? (QUESTION | EXCLAMATION)?
    ;

typeName
    : identifier LPAREN STRING RPAREN   // Unsupported("circle")
    | identifier
    ;

enumBlock
    : ENUM identifier LBRACE (NL | enumMember NL)* RBRACE
    ;

enumMember
    : enumValue
    | blockAttribute
    ;

enumValue
    : identifier fieldAttribute*
    ;

configBlock
    : kind=(DATASOURCE | GENERATOR) identifier LBRACE (NL | keyValue NL)* RBRACE
    ;

keyValue
    : identifier EQ expression
    ;

fieldAttribute
    : AT attributeName arguments?
    ;

blockAttribute
    : ATAT attributeName arguments?
    ;

attributeName
    : identifier (DOT identifier)?
    ;

arguments
    : LPAREN (argument (COMMA argument)* COMMA?)? RPAREN
    ;

argument
    : identifier COLON expression     # namedArgument
    | expression                      # positionalArgument
    ;

expression
    : functionCall                    # functionExpression
    | array                           # arrayExpression
    | STRING                          # stringExpression
    | NUMBER                          # numberExpression
    | path                            # pathExpression
    ;

functionCall
    : path arguments
    ;

array
    : LBRACKET (expression (COMMA expression)* COMMA?)? RBRACKET
    ;

path
    : identifier (DOT identifier)*
    ;

identifier
    : IDENTIFIER
    | MODEL
    | VIEW
    | TYPE
    | ENUM
    | DATASOURCE
    | GENERATOR
    ;
