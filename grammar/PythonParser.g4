// Python 3.11 syntax for pyco2cpp (the subset issue 2 lists: everything but
// `match` and type-parameter syntax).
//
// The grammar is kept LL-friendly so SLL prediction succeeds on valid input:
// assignment targets, parameter order and keyword arguments are parsed
// loosely here and checked by the AST builder, which words the errors the way
// CPython does ("cannot assign to function call", "non-default argument
// follows default argument", ...).
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ----------------------------------------------------------------- entries
file_input : ( NEWLINE | stmt )* EOF ;

// The expression part of an f-string replacement field.
fstring_expr : ( yield_expr | testlist_star_expr ) EOF ;

// -------------------------------------------------------------- statements
stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt ( SEMI_COLON simple_stmt )* SEMI_COLON? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

// x = y = value | x: T = value | x += value | expression
expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist_star_expr )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
    | yield_expr ( ASSIGN ( yield_expr | testlist_star_expr ) )*
    ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
    | POWER_ASSIGN | IDIV_ASSIGN
    ;

del_stmt      : DEL exprlist ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
return_stmt   : RETURN testlist_star_expr? ;
raise_stmt    : RAISE ( test ( FROM test )? )? ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_names ;
import_from
    : FROM ( import_dots* dotted_name | import_dots+ )
      IMPORT ( STAR | OPEN_PAREN import_as_names CLOSE_PAREN | import_as_names )
    ;
import_dots     : DOT | ELLIPSIS ;
import_as_name  : NAME ( AS NAME )? ;
dotted_as_name  : dotted_name ( AS NAME )? ;
import_as_names : import_as_name ( COMMA import_as_name )* COMMA? ;
dotted_as_names : dotted_as_name ( COMMA dotted_as_name )* ;
dotted_name     : NAME ( DOT NAME )* ;

global_stmt   : GLOBAL NAME ( COMMA NAME )* ;
nonlocal_stmt : NONLOCAL NAME ( COMMA NAME )* ;
assert_stmt   : ASSERT test ( COMMA test )? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    ;

async_stmt : ASYNC ( funcdef | with_stmt | for_stmt ) ;

if_stmt    : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause: ELIF namedexpr_test COLON block ;
else_clause: ELSE COLON block ;
while_stmt : WHILE namedexpr_test COLON block else_clause? ;
for_stmt   : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
    : TRY COLON block
      ( except_block+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_block   : EXCEPT STAR? ( test ( AS NAME )? )? COLON block ;
finally_clause : FINALLY COLON block ;

// `with (a, b):` is two items, as in CPython: the parenthesised form is tried first.
with_stmt
    : WITH ( OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN
           | with_item ( COMMA with_item )*
           ) COLON block
    ;
with_item : test ( AS expr )? ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

decorated : decorator+ ( classdef | funcdef | async_funcdef ) ;
decorator : AT namedexpr_test NEWLINE ;
async_funcdef : ASYNC funcdef ;

funcdef : DEF NAME OPEN_PAREN typedargslist? CLOSE_PAREN ( ARROW test )? COLON block ;

// Order (positional-only, defaults, `*`, keyword-only, `**`) is checked by the AST builder.
typedargslist : typed_param ( COMMA typed_param )* COMMA? ;
typed_param
    : tfpdef ( ASSIGN test )?
    | STAR tfpdef?
    | POWER tfpdef
    | DIV
    ;
tfpdef : NAME ( COLON test )? ;

classdef : CLASS NAME ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block ;

// ------------------------------------------------------------- expressions
namedexpr_test : test ( WALRUS test )? ;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;
test_nocond : or_test | lambdef_nocond ;

lambdef        : LAMBDA varargslist? COLON test ;
lambdef_nocond : LAMBDA varargslist? COLON test_nocond ;
varargslist : vararg_param ( COMMA vararg_param )* COMMA? ;
vararg_param
    : NAME ( ASSIGN test )?
    | STAR NAME?
    | POWER NAME
    | DIV
    ;

or_test  : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;
comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr ;

expr       : xor_expr ( OR_OP xor_expr )* ;
xor_expr   : and_expr ( XOR and_expr )* ;
and_expr   : shift_expr ( AND_OP shift_expr )* ;
shift_expr : arith_expr ( ( LEFT_SHIFT | RIGHT_SHIFT ) arith_expr )* ;
arith_expr : term ( ( ADD | MINUS ) term )* ;
term       : factor ( ( STAR | AT | DIV | MOD | IDIV ) factor )* ;
factor     : ( ADD | MINUS | NOT_OP ) factor | power ;
power      : atom_expr ( POWER factor )? ;
atom_expr  : AWAIT? atom trailer* ;

atom
    : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN
    | OPEN_BRACK testlist_comp? CLOSE_BRACK
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE
    | NAME
    | NUMBER
    | STRING+
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;

testlist_comp
    : ( namedexpr_test | star_expr )
      ( comp_for
      | ( COMMA ( namedexpr_test | star_expr ) )* COMMA?
      )
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN
    | OPEN_BRACK subscriptlist CLOSE_BRACK
    | DOT NAME
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript
    : star_expr
    | namedexpr_test ( COLON test? sliceop? )?
    | COLON test? sliceop?
    ;
sliceop : COLON test? ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist : test ( COMMA test )* COMMA? ;
testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

dictorsetmaker
    : dict_item ( comp_for | ( COMMA dict_item )* COMMA? )
    | set_item ( comp_for | ( COMMA set_item )* COMMA? )
    ;
dict_item : test COLON test | POWER expr ;
set_item  : namedexpr_test | star_expr ;

arglist : argument ( COMMA argument )* COMMA? ;
// `name=value` is parsed as `test = test` so a bad keyword gets CPython's message.
argument
    : test ( WALRUS test | ASSIGN test )? comp_for?
    | STAR test
    | POWER test
    ;

comp_for  : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if   : IF test_nocond comp_iter? ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
