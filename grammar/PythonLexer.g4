// Python 3.11 tokens for pyco2cpp.
//
// This lexer only cuts the text into raw tokens. Everything that depends on
// context (INDENT/DEDENT, dropping newlines inside brackets, tokenizer errors
// worded like CPython's) is done by the C++ token filter in
// frontend/src/lexer.cpp, which is why physical newlines are plain tokens here.
lexer grammar PythonLexer;

tokens { INDENT, DEDENT }

// ------------------------------------------------------------------ keywords
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ------------------------------------------------------------------- literals
// A string literal, prefix included; the AST builder decodes it. Inside a
// short string a backslash may escape anything, a newline too (continuation).
STRING
    : STRING_PREFIX? ( LONG_STRING_SQ | LONG_STRING_DQ | SHORT_STRING_SQ | SHORT_STRING_DQ )
    ;

NUMBER
    : IMAG_NUMBER
    | FLOAT_NUMBER
    | DEC_INTEGER
    | HEX_INTEGER
    | OCT_INTEGER
    | BIN_INTEGER
    ;

NAME : ID_START ID_CONTINUE* ;

// ------------------------------------------------------------------ operators
ELLIPSIS    : '...';
DOT         : '.';
STAR        : '*';
OPEN_PAREN  : '(';
CLOSE_PAREN : ')';
COMMA       : ',';
COLON       : ':';
SEMI_COLON  : ';';
POWER       : '**';
ASSIGN      : '=';
OPEN_BRACK  : '[';
CLOSE_BRACK : ']';
OR_OP       : '|';
XOR         : '^';
AND_OP      : '&';
LEFT_SHIFT  : '<<';
RIGHT_SHIFT : '>>';
ADD         : '+';
MINUS       : '-';
DIV         : '/';
MOD         : '%';
IDIV        : '//';
NOT_OP      : '~';
OPEN_BRACE  : '{';
CLOSE_BRACE : '}';
LESS_THAN   : '<';
GREATER_THAN: '>';
EQUALS      : '==';
GT_EQ       : '>=';
LT_EQ       : '<=';
NOT_EQ      : '!=';
AT          : '@';
ARROW       : '->';
WALRUS      : ':=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN   : '@=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN : '**=';
IDIV_ASSIGN  : '//=';

// ------------------------------------------------------- layout and trivia
NEWLINE : '\r'? '\n' | '\r' ;

// A backslash that joins two physical lines.
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> skip ;

WS : [ \t\f]+ -> skip ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;

// ---------------------------------------------- error tokens (worded in C++)
// A backslash followed by anything but a newline.
STRAY_BACKSLASH : [\\] ;  // a set, not a literal: the 4.7.2 tool mis-escapes '\\' in C++

// An opening quote (prefix included) whose string never closes.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'\'\'' | '"""' | '\'' | '"' )
    ;

// An ASCII control character. The C1 controls (U+0080-U+009F) never get here:
// NAME, listed first, takes every non-ASCII character, as CPython's tokenizer does.
NONPRINTABLE_CHAR : [\p{Cc}] ;

// Any other ASCII character the language has no use for ($, ?, `, !).
ERROR_CHAR : . ;

// ---------------------------------------------------------------- fragments
fragment STRING_PREFIX
    : [rRuUbBfF]
    | [bB][rR] | [rR][bB]
    | [fF][rR] | [rR][fF]
    ;

fragment SHORT_STRING_SQ : '\'' ( '\\' . | ~[\\\r\n'] )* '\'' ;
fragment SHORT_STRING_DQ : '"' ( '\\' . | ~[\\\r\n"] )* '"' ;
fragment LONG_STRING_SQ  : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'' ;
fragment LONG_STRING_DQ  : '"""' ( '\\' . | ~'\\' )*? '"""' ;

fragment DEC_INTEGER : NON_ZERO_DIGIT ( '_'? DIGIT )* | '0'+ ( '_'? '0' )* ;
fragment HEX_INTEGER : '0' [xX] ( '_'? HEX_DIGIT )+ ;
fragment OCT_INTEGER : '0' [oO] ( '_'? OCT_DIGIT )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;

fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;

fragment NON_ZERO_DIGIT : [1-9] ;
fragment DIGIT : [0-9] ;
fragment OCT_DIGIT : [0-7] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;

// Like CPython's tokenizer, every non-ASCII character may begin or continue a
// name here; frontend/src/lexer.cpp then checks each name against Unicode 14's
// XID_Start/XID_Continue (which ANTLR's tables cannot express) and reports
// the first character that does not belong, as CPython does.
fragment ID_START : [_a-zA-Z\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [_a-zA-Z0-9\u0080-\u{10FFFF}] ;
