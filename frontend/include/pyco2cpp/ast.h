// The AST: what the parse step hands to resolve, check and codegen.
//
// It mirrors CPython's `ast` module (same node names, same fields) so that
// anyone who knows `ast.dump()` can read our `--dump=ast`. Every node carries
// the source range it came from; the ANTLR parse tree never leaves frontend/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pyco2cpp::ast {

// 1-based line, 0-based column counted in code points (CPython counts UTF-8
// bytes in col_offset; diagnostics print col+1 like clang does).
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class Ctx : uint8_t { Load, Store, Del };

enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name_of(BinOpKind);    // "Add"
const char* symbol_of(BinOpKind);  // "+"
const char* name_of(UnaryOpKind);
const char* name_of(BoolOpKind);
const char* name_of(CmpOpKind);
const char* symbol_of(CmpOpKind);

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
  JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr {
  ExprKind kind;
  Loc loc;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

template <ExprKind K> struct ExprOf : Expr {
  static constexpr ExprKind Kind = K;
  ExprOf() : Expr(K) {}
};

struct BoolOp : ExprOf<ExprKind::BoolOp> { BoolOpKind op; ExprList values; };
struct NamedExpr : ExprOf<ExprKind::NamedExpr> { ExprPtr target, value; };  // target is a Name
struct BinOp : ExprOf<ExprKind::BinOp> { ExprPtr left; BinOpKind op; ExprPtr right; };
struct UnaryOp : ExprOf<ExprKind::UnaryOp> { UnaryOpKind op; ExprPtr operand; };
struct IfExp : ExprOf<ExprKind::IfExp> { ExprPtr test, body, orelse; };
// keys[i] == nullptr means `**values[i]`
struct Dict : ExprOf<ExprKind::Dict> { ExprList keys, values; };
struct Set : ExprOf<ExprKind::Set> { ExprList elts; };

struct Comprehension {
  ExprPtr target, iter;
  ExprList ifs;
  bool is_async = false;
  Loc loc;
};
struct ListComp : ExprOf<ExprKind::ListComp> { ExprPtr elt; std::vector<Comprehension> generators; };
struct SetComp : ExprOf<ExprKind::SetComp> { ExprPtr elt; std::vector<Comprehension> generators; };
struct GeneratorExp : ExprOf<ExprKind::GeneratorExp> { ExprPtr elt; std::vector<Comprehension> generators; };
struct DictComp : ExprOf<ExprKind::DictComp> { ExprPtr key, value; std::vector<Comprehension> generators; };

struct Await : ExprOf<ExprKind::Await> { ExprPtr value; };
struct Yield : ExprOf<ExprKind::Yield> { ExprPtr value; };  // value may be null
struct YieldFrom : ExprOf<ExprKind::YieldFrom> { ExprPtr value; };
struct Compare : ExprOf<ExprKind::Compare> { ExprPtr left; std::vector<CmpOpKind> ops; ExprList comparators; };

struct Keyword {
  std::string arg;  // empty means `**value`
  ExprPtr value;
  Loc loc;
};
// args may contain Starred for `*x`
struct Call : ExprOf<ExprKind::Call> { ExprPtr func; ExprList args; std::vector<Keyword> keywords; };

// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : ExprOf<ExprKind::FormattedValue> { ExprPtr value; int conversion = -1; ExprPtr format_spec; };
// values are Constant(str) and FormattedValue. `f"{x=}"` is expanded by the
// parser exactly as CPython does: Constant("x=") + FormattedValue(x, 'r').
struct JoinedStr : ExprOf<ExprKind::JoinedStr> { ExprList values; };

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imag, Str, Bytes };
struct Constant : ExprOf<ExprKind::Constant> {
  ConstKind value_kind = ConstKind::None;
  // Int: decimal digits, normalised (no prefix, no underscores, no sign);
  // Float/Imag: the number as CPython would parse it, text form ("1e3", "0.5");
  // Str: the decoded UTF-8 text; Bytes: the decoded raw bytes.
  std::string value;
};

struct Attribute : ExprOf<ExprKind::Attribute> { ExprPtr value; std::string attr; Ctx ctx = Ctx::Load; };
struct Subscript : ExprOf<ExprKind::Subscript> { ExprPtr value, slice; Ctx ctx = Ctx::Load; };
struct Starred : ExprOf<ExprKind::Starred> { ExprPtr value; Ctx ctx = Ctx::Load; };
struct Name : ExprOf<ExprKind::Name> { std::string id; Ctx ctx = Ctx::Load; };
struct List : ExprOf<ExprKind::List> { ExprList elts; Ctx ctx = Ctx::Load; };
struct Tuple : ExprOf<ExprKind::Tuple> { ExprList elts; Ctx ctx = Ctx::Load; };
struct Slice : ExprOf<ExprKind::Slice> { ExprPtr lower, upper, step; };  // each may be null

struct Arg {
  std::string name;
  ExprPtr annotation;  // may be null
  Loc loc;
};
struct Arguments {
  std::vector<Arg> posonlyargs, args;
  std::unique_ptr<Arg> vararg;  // *args
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; null where it has no default
  std::unique_ptr<Arg> kwarg;   // **kwargs
  ExprList defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Lambda : ExprOf<ExprKind::Lambda> { Arguments args; ExprPtr body; };

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
  With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break,
  Continue
};

struct Stmt {
  StmtKind kind;
  Loc loc;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

template <StmtKind K> struct StmtOf : Stmt {
  static constexpr StmtKind Kind = K;
  StmtOf() : Stmt(K) {}
};

struct FunctionDef : StmtOf<StmtKind::FunctionDef> {
  std::string name;
  // The variable the def binds when it differs from `name`: inside a class
  // body `def __m` binds `_C__m` but the function's __name__ stays `__m`
  // (set by mangle_private_names; see ast::bound_name).
  std::string binds;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
  bool is_async = false;
};
struct ClassDef : StmtOf<StmtKind::ClassDef> {
  std::string name;
  std::string binds;  // as FunctionDef::binds
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};
struct Return : StmtOf<StmtKind::Return> { ExprPtr value; };
struct Delete : StmtOf<StmtKind::Delete> { ExprList targets; };
struct Assign : StmtOf<StmtKind::Assign> { ExprList targets; ExprPtr value; };  // a = b = value
struct AugAssign : StmtOf<StmtKind::AugAssign> { ExprPtr target; BinOpKind op; ExprPtr value; };
struct AnnAssign : StmtOf<StmtKind::AnnAssign> { ExprPtr target, annotation, value; bool simple = true; };
struct For : StmtOf<StmtKind::For> { ExprPtr target, iter; StmtList body, orelse; bool is_async = false; };
struct While : StmtOf<StmtKind::While> { ExprPtr test; StmtList body, orelse; };
struct If : StmtOf<StmtKind::If> { ExprPtr test; StmtList body, orelse; };  // elif = If in orelse

struct WithItem {
  ExprPtr context_expr, optional_vars;  // optional_vars may be null
};
struct With : StmtOf<StmtKind::With> { std::vector<WithItem> items; StmtList body; bool is_async = false; };
struct Raise : StmtOf<StmtKind::Raise> { ExprPtr exc, cause; };  // both may be null

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // may be empty
  StmtList body;
  Loc loc;
};
struct Try : StmtOf<StmtKind::Try> {
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse, finalbody;
  bool is_star = false;  // except*
};
struct Assert : StmtOf<StmtKind::Assert> { ExprPtr test, msg; };

struct Alias {
  std::string name;    // dotted: "os.path"
  std::string asname;  // may be empty
  Loc loc;
};
struct Import : StmtOf<StmtKind::Import> { std::vector<Alias> names; };
struct ImportFrom : StmtOf<StmtKind::ImportFrom> { std::string module; std::vector<Alias> names; int level = 0; };
struct Global : StmtOf<StmtKind::Global> { std::vector<std::string> names; };
struct Nonlocal : StmtOf<StmtKind::Nonlocal> { std::vector<std::string> names; };
struct ExprStmt : StmtOf<StmtKind::Expr> { ExprPtr value; };
struct Pass : StmtOf<StmtKind::Pass> {};
struct Break : StmtOf<StmtKind::Break> {};
struct Continue : StmtOf<StmtKind::Continue> {};

struct Module {
  StmtList body;
};

// ast.dump()-like text, one node per line, indented, each with its line:col.
std::string dump(const Module&);

}  // namespace pyco2cpp::ast
