// Parse tree -> ast::Module. Mirrors CPython's ast: node kinds, fields,
// locations (a def starts at `def`, not at its decorators; an elif is an If
// inside orelse), and the checks CPython's parser makes on targets and
// argument lists, with its messages.
#include "ast_builder.h"

#include "pyco2cpp/ast_walk.h"
#include "pyco2cpp/stack.h"

#include <fmt/format.h>

#include <set>

#include "lexer.h"

namespace pyco2cpp::building {

using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using parsing::SyntaxError;
using P = pyco2cpp_antlr::PythonParser;

namespace {

template <class T>
std::unique_ptr<T> make(ast::Loc loc) {
  auto node = std::make_unique<T>();
  node->loc = loc;
  return node;
}

ast::Loc loc_of(ParserRuleContext* ctx) { return lexing::span(*ctx->getStart(), *ctx->getStop()); }
ast::Loc loc_of(Token* t) { return lexing::token_loc(*t); }
ast::Loc join(const ast::Loc& a, const ast::Loc& b) { return ast::Loc{a.line, a.col, b.end_line, b.end_col}; }

// The token of a terminal child, or null for a rule child.
Token* token_of(ParseTree* child) {
  auto* terminal = dynamic_cast<TerminalNode*>(child);
  return terminal ? terminal->getSymbol() : nullptr;
}
size_t type_of(ParseTree* child) {
  Token* t = token_of(child);
  return t ? t->getType() : 0;
}

}  // namespace

const char* expr_name(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp: case K::BinOp: case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield: case K::YieldFrom: return "yield expression";
    case K::Await: return "await expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr: case K::FormattedValue: return "f-string expression";
    case K::Constant: {
      auto kind = e.as<ast::Constant>()->value_kind;
      if (kind == ast::ConstKind::None) return "None";
      if (kind == ast::ConstKind::True) return "True";
      if (kind == ast::ConstKind::False) return "False";
      if (kind == ast::ConstKind::Ellipsis) return "ellipsis";
      return "literal";
    }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    case K::Slice: return "slice";
  }
  return "expression";
}

namespace {

// The first sub-expression that cannot be a target, or null if all can.
const ast::Expr* invalid_target(const ast::Expr& e, bool allow_starred) {
  switch (e.kind) {
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: case ast::ExprKind::Subscript:
      return nullptr;
    case ast::ExprKind::Starred:
      return allow_starred ? invalid_target(*e.as<ast::Starred>()->value, false) : &e;
    case ast::ExprKind::Tuple:
      for (auto& elt : e.as<ast::Tuple>()->elts)
        if (auto* bad = invalid_target(*elt, true)) return bad;
      return nullptr;
    case ast::ExprKind::List:
      for (auto& elt : e.as<ast::List>()->elts)
        if (auto* bad = invalid_target(*elt, true)) return bad;
      return nullptr;
    default:
      return &e;
  }
}

void set_ctx(ast::Expr& e, ast::Ctx ctx) {
  switch (e.kind) {
    case ast::ExprKind::Name: e.as<ast::Name>()->ctx = ctx; break;
    case ast::ExprKind::Attribute: e.as<ast::Attribute>()->ctx = ctx; break;
    case ast::ExprKind::Subscript: e.as<ast::Subscript>()->ctx = ctx; break;
    case ast::ExprKind::Starred: {
      auto* s = e.as<ast::Starred>();
      s->ctx = ctx;
      set_ctx(*s->value, ctx);
      break;
    }
    case ast::ExprKind::Tuple: {
      auto* t = e.as<ast::Tuple>();
      t->ctx = ctx;
      for (auto& elt : t->elts) set_ctx(*elt, ctx);
      break;
    }
    case ast::ExprKind::List: {
      auto* l = e.as<ast::List>();
      l->ctx = ctx;
      for (auto& elt : l->elts) set_ctx(*elt, ctx);
      break;
    }
    default: break;
  }
}

// Marks `e` as an assignment (or del) target, rejecting what CPython rejects.
void make_target(ast::Expr& e, ast::Ctx ctx) {
  if (e.kind == ast::ExprKind::Starred && ctx == ast::Ctx::Store)
    throw SyntaxError{e.loc, "starred assignment target must be in a list or tuple"};
  if (const ast::Expr* bad = invalid_target(e, true)) {
    if (bad == &e && e.kind == ast::ExprKind::Starred && ctx == ast::Ctx::Store)
      throw SyntaxError{e.loc, "starred assignment target must be in a list or tuple"};
    if (bad->kind == ast::ExprKind::Yield || bad->kind == ast::ExprKind::YieldFrom) {
      if (ctx == ast::Ctx::Store) throw SyntaxError{bad->loc, "assignment to yield expression not possible"};
    }
    throw SyntaxError{bad->loc, fmt::format("cannot {} {}", ctx == ast::Ctx::Del ? "delete" : "assign to", expr_name(*bad))};
  }
  set_ctx(e, ctx);
}

}  // namespace

bool is_bitwise_or_level(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Compare: case ast::ExprKind::BoolOp: case ast::ExprKind::Lambda:
    case ast::ExprKind::IfExp: case ast::ExprKind::List: case ast::ExprKind::Tuple:
    case ast::ExprKind::GeneratorExp: case ast::ExprKind::Yield: case ast::ExprKind::YieldFrom:
    case ast::ExprKind::Starred:
      return false;
    case ast::ExprKind::UnaryOp:
      return e.as<ast::UnaryOp>()->op != ast::UnaryOpKind::Not;
    case ast::ExprKind::Constant: {
      auto k = e.as<ast::Constant>()->value_kind;
      return k != ast::ConstKind::None && k != ast::ConstKind::True && k != ast::ConstKind::False;
    }
    default:
      return true;
  }
}

namespace {

// build_module's warning list. A global rather than a Builder member: the
// fields of an f-string are built by Builders of their own, reached through
// the literal parser (parse_fstring_expression), and warn into the same list.
thread_local std::vector<Diagnostic>* current_warnings = nullptr;

// The operand as CPython's compiler sees it once its AST optimiser has
// folded constants, reduced to what check_is_arg() asks: is it a constant,
// and is that constant None/True/False/Ellipsis (which `is` may compare).
// Only literals, unary operators on numbers and tuples of constants are
// folded here; CPython also folds constant arithmetic and subscripts, so
// `x is 1 + 1` warns there and not here.
enum class Folded { No, Singleton, Bool, Int, Float, Other };

Folded folded(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Constant:
      switch (e.as<ast::Constant>()->value_kind) {
        case ast::ConstKind::None: case ast::ConstKind::Ellipsis: return Folded::Singleton;
        case ast::ConstKind::True: case ast::ConstKind::False: return Folded::Bool;
        case ast::ConstKind::Int: return Folded::Int;
        case ast::ConstKind::Float: case ast::ConstKind::Imag: return Folded::Float;
        case ast::ConstKind::Str: case ast::ConstKind::Bytes: return Folded::Other;
      }
      return Folded::No;
    case ast::ExprKind::UnaryOp: {
      auto* u = e.as<ast::UnaryOp>();
      Folded operand = folded(*u->operand);
      if (operand == Folded::No) return Folded::No;
      bool integral = operand == Folded::Int || operand == Folded::Bool;
      switch (u->op) {
        case ast::UnaryOpKind::Not: return Folded::Bool;
        case ast::UnaryOpKind::Invert: return integral ? Folded::Int : Folded::No;
        case ast::UnaryOpKind::UAdd:
        case ast::UnaryOpKind::USub:
          return integral ? Folded::Int : operand == Folded::Float ? Folded::Float : Folded::No;
      }
      return Folded::No;
    }
    case ast::ExprKind::Tuple:
      for (auto& elt : e.as<ast::Tuple>()->elts)
        if (folded(*elt) == Folded::No) return Folded::No;
      return Folded::Other;
    default:
      return Folded::No;
  }
}

bool is_literal_operand(const ast::Expr& e) {
  Folded f = folded(e);
  return f != Folded::No && f != Folded::Singleton && f != Folded::Bool;
}

// CPython's check_compare(): one warning per comparison, at the first `is`
// or `is not` that has a literal on either side.
void warn_is_literal(const ast::Compare& c) {
  if (!current_warnings) return;
  const ast::Expr* left = c.left.get();
  for (size_t i = 0; i < c.ops.size(); ++i) {
    const ast::Expr* right = c.comparators[i].get();
    bool is = c.ops[i] == ast::CmpOpKind::Is;
    if ((is || c.ops[i] == ast::CmpOpKind::IsNot) && (is_literal_operand(*left) || is_literal_operand(*right))) {
      current_warnings->push_back(
          Diagnostic{Severity::Warning, c.loc,
                     is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?"});
      return;
    }
    left = right;
  }
}

class Builder {
 public:
  // The parse tree is as deep as the parser got; building recurses as deep.
  static void check_stack(ParserRuleContext* ctx) {
    if (stack_nearly_exhausted()) throw parsing::SyntaxError{loc_of(ctx->getStart()), parsing::kTooDeep};
  }

  // ------------------------------------------------------------- statements
  void stmt(P::StmtContext* ctx, ast::StmtList& out) {
    if (auto* simple = ctx->simple_stmts()) simple_stmts(simple, out);
    else out.push_back(compound(ctx->compound_stmt()));
  }

  void simple_stmts(P::Simple_stmtsContext* ctx, ast::StmtList& out) {
    for (auto* s : ctx->simple_stmt()) out.push_back(simple(s));
  }

  ast::StmtList block(P::BlockContext* ctx) {
    check_stack(ctx);
    ast::StmtList out;
    if (auto* simple = ctx->simple_stmts()) simple_stmts(simple, out);
    else
      for (auto* s : ctx->stmt()) stmt(s, out);
    return out;
  }

  ast::StmtPtr simple(P::Simple_stmtContext* ctx) {
    ParseTree* child = ctx->children[0];
    if (auto* c = dynamic_cast<P::Expr_stmtContext*>(child)) return expr_stmt(c);
    if (auto* c = dynamic_cast<P::Del_stmtContext*>(child)) {
      auto node = make<ast::Delete>(loc_of(c));
      ast::ExprPtr targets = exprlist(c->exprlist());
      if (auto* tuple = targets->as<ast::Tuple>(); tuple && c->exprlist()->getStart()->getType() != P::OPEN_PAREN) {
        for (auto& t : tuple->elts) node->targets.push_back(std::move(t));
      } else {
        node->targets.push_back(std::move(targets));
      }
      for (auto& t : node->targets) make_target(*t, ast::Ctx::Del);
      return node;
    }
    if (auto* c = dynamic_cast<P::Pass_stmtContext*>(child)) return make<ast::Pass>(loc_of(c));
    if (auto* c = dynamic_cast<P::Break_stmtContext*>(child)) return make<ast::Break>(loc_of(c));
    if (auto* c = dynamic_cast<P::Continue_stmtContext*>(child)) return make<ast::Continue>(loc_of(c));
    if (auto* c = dynamic_cast<P::Return_stmtContext*>(child)) {
      auto node = make<ast::Return>(loc_of(c));
      if (c->testlist_star_expr()) {
        node->value = testlist_star_expr(c->testlist_star_expr());
        reject_bare_starred(*node->value);
      }
      return node;
    }
    if (auto* c = dynamic_cast<P::Raise_stmtContext*>(child)) {
      auto node = make<ast::Raise>(loc_of(c));
      auto tests = c->test();
      if (!tests.empty()) node->exc = test(tests[0]);
      if (tests.size() > 1) node->cause = test(tests[1]);
      return node;
    }
    if (auto* c = dynamic_cast<P::Import_stmtContext*>(child)) return import(c);
    if (auto* c = dynamic_cast<P::Global_stmtContext*>(child)) {
      auto node = make<ast::Global>(loc_of(c));
      for (auto* n : c->NAME()) node->names.push_back(n->getText());
      return node;
    }
    if (auto* c = dynamic_cast<P::Nonlocal_stmtContext*>(child)) {
      auto node = make<ast::Nonlocal>(loc_of(c));
      for (auto* n : c->NAME()) node->names.push_back(n->getText());
      return node;
    }
    auto* c = dynamic_cast<P::Assert_stmtContext*>(child);
    auto node = make<ast::Assert>(loc_of(c));
    node->test = test(c->test(0));
    if (c->test().size() > 1) node->msg = test(c->test(1));
    return node;
  }

  ast::ExprPtr value_of(ParseTree* child) {
    if (auto* y = dynamic_cast<P::Yield_exprContext*>(child)) return yield_expr(y);
    return testlist_star_expr(dynamic_cast<P::Testlist_star_exprContext*>(child));
  }

  ast::StmtPtr expr_stmt(P::Expr_stmtContext* ctx) {
    // Parts in order: first target/expression, then `= value` pairs or annassign/augassign.
    std::vector<ParseTree*> parts;
    for (ParseTree* child : ctx->children)
      if (!token_of(child)) parts.push_back(child);
    ast::ExprPtr first = value_of(parts[0]);
    if (auto* ann = ctx->annassign()) {
      auto node = make<ast::AnnAssign>(loc_of(ctx));
      switch (first->kind) {
        case ast::ExprKind::Name: case ast::ExprKind::Attribute: case ast::ExprKind::Subscript: break;
        case ast::ExprKind::List: throw SyntaxError{first->loc, "only single target (not list) can be annotated"};
        case ast::ExprKind::Tuple: throw SyntaxError{first->loc, "only single target (not tuple) can be annotated"};
        default: throw SyntaxError{first->loc, "illegal target for annotation"};
      }
      node->simple = first->kind == ast::ExprKind::Name && ctx->getStart()->getType() != P::OPEN_PAREN;
      set_ctx(*first, ast::Ctx::Store);
      node->target = std::move(first);
      node->annotation = test(ann->test());
      for (ParseTree* child : ann->children)
        if (!token_of(child) && !dynamic_cast<P::TestContext*>(child)) node->value = value_of(child);
      return node;
    }
    if (auto* aug = ctx->augassign()) {
      switch (first->kind) {
        case ast::ExprKind::Name: case ast::ExprKind::Attribute: case ast::ExprKind::Subscript: break;
        default:
          throw SyntaxError{first->loc, fmt::format("'{}' is an illegal expression for augmented assignment", expr_name(*first))};
      }
      auto node = make<ast::AugAssign>(loc_of(ctx));
      set_ctx(*first, ast::Ctx::Store);
      node->target = std::move(first);
      node->op = augassign_op(aug->getStart()->getText());
      node->value = value_of(parts.back());
      return node;
    }
    if (parts.size() == 1) {
      reject_bare_starred(*first);
      auto node = make<ast::ExprStmt>(loc_of(ctx));
      node->value = std::move(first);
      return node;
    }
    auto node = make<ast::Assign>(loc_of(ctx));
    node->targets.push_back(std::move(first));
    for (size_t i = 1; i + 1 < parts.size(); ++i) node->targets.push_back(value_of(parts[i]));
    node->value = value_of(parts.back());
    reject_bare_starred(*node->value);
    if (node->targets.size() == 1) {
      ast::Expr& target = *node->targets[0];
      if (is_bitwise_or_level(target) && invalid_target(target, true) == &target)
        throw SyntaxError{target.loc, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                                  expr_name(target))};
    }
    for (auto& t : node->targets) make_target(*t, ast::Ctx::Store);
    return node;
  }

  // `*a` alone is not a value (CPython's compiler: "can't use starred expression here").
  static void reject_bare_starred(const ast::Expr& value) {
    if (value.kind == ast::ExprKind::Starred) throw SyntaxError{value.loc, "can't use starred expression here"};
  }

  static ast::BinOpKind augassign_op(const std::string& op) {
    std::string bin = op.substr(0, op.size() - 1);
    return binop_kind(bin);
  }

  static ast::BinOpKind binop_kind(const std::string& op) {
    using B = ast::BinOpKind;
    if (op == "+") return B::Add;
    if (op == "-") return B::Sub;
    if (op == "*") return B::Mult;
    if (op == "@") return B::MatMult;
    if (op == "/") return B::Div;
    if (op == "%") return B::Mod;
    if (op == "**") return B::Pow;
    if (op == "<<") return B::LShift;
    if (op == ">>") return B::RShift;
    if (op == "|") return B::BitOr;
    if (op == "^") return B::BitXor;
    if (op == "&") return B::BitAnd;
    return B::FloorDiv;
  }

  ast::StmtPtr import(P::Import_stmtContext* ctx) {
    if (auto* c = ctx->import_name()) {
      auto node = make<ast::Import>(loc_of(c));
      for (auto* item : c->dotted_as_names()->dotted_as_name()) {
        ast::Alias alias;
        alias.name = dotted(item->dotted_name());
        if (item->NAME()) alias.asname = item->NAME()->getText();
        alias.loc = loc_of(item);
        node->names.push_back(std::move(alias));
      }
      return node;
    }
    auto* c = ctx->import_from();
    auto node = make<ast::ImportFrom>(loc_of(c));
    for (auto* dots : c->import_dots()) node->level += dots->ELLIPSIS() ? 3 : 1;
    if (c->dotted_name()) node->module = dotted(c->dotted_name());
    if (c->STAR()) {
      ast::Alias alias;
      alias.name = "*";
      alias.loc = loc_of(c->STAR()->getSymbol());
      node->names.push_back(std::move(alias));
    } else {
      for (auto* item : c->import_as_names()->import_as_name()) {
        ast::Alias alias;
        alias.name = item->NAME(0)->getText();
        if (item->NAME().size() > 1) alias.asname = item->NAME(1)->getText();
        alias.loc = loc_of(item);
        node->names.push_back(std::move(alias));
      }
    }
    return node;
  }

  static std::string dotted(P::Dotted_nameContext* ctx) {
    std::string out;
    for (auto* n : ctx->NAME()) out += (out.empty() ? "" : ".") + n->getText();
    return out;
  }

  // A statement's end is the end of its last body statement.
  static ast::Loc through(ast::Loc start, const ast::StmtList& body) {
    if (!body.empty()) {
      start.end_line = body.back()->loc.end_line;
      start.end_col = body.back()->loc.end_col;
    }
    return start;
  }

  ast::StmtPtr compound(P::Compound_stmtContext* ctx) {
    ParseTree* child = ctx->children[0];
    if (auto* c = dynamic_cast<P::If_stmtContext*>(child)) return if_stmt(c);
    if (auto* c = dynamic_cast<P::While_stmtContext*>(child)) {
      auto node = make<ast::While>(loc_of(c));
      node->test = namedexpr(c->namedexpr_test());
      node->body = block(c->block());
      if (c->else_clause()) node->orelse = block(c->else_clause()->block());
      return node;
    }
    if (auto* c = dynamic_cast<P::For_stmtContext*>(child)) return for_stmt(c, c->getStart());
    if (auto* c = dynamic_cast<P::Try_stmtContext*>(child)) return try_stmt(c);
    if (auto* c = dynamic_cast<P::With_stmtContext*>(child)) return with_stmt(c, c->getStart());
    if (auto* c = dynamic_cast<P::FuncdefContext*>(child)) return funcdef(c, c->getStart(), false);
    if (auto* c = dynamic_cast<P::ClassdefContext*>(child)) return classdef(c);
    if (auto* c = dynamic_cast<P::DecoratedContext*>(child)) return decorated(c);
    auto* c = dynamic_cast<P::Async_stmtContext*>(child);
    Token* async_token = c->getStart();
    if (c->funcdef()) return funcdef(c->funcdef(), async_token, true);
    if (c->with_stmt()) {
      auto node = with_stmt(c->with_stmt(), async_token);
      static_cast<ast::With*>(node.get())->is_async = true;
      return node;
    }
    auto node = for_stmt(c->for_stmt(), async_token);
    static_cast<ast::For*>(node.get())->is_async = true;
    return node;
  }

  ast::StmtPtr if_stmt(P::If_stmtContext* ctx) {
    // if/elif chains: each elif becomes an If alone in its parent's orelse.
    auto elifs = ctx->elif_clause();
    if (elifs.size() > static_cast<size_t>(kMaxNodeDepth))
      throw parsing::SyntaxError{loc_of(elifs[kMaxNodeDepth]), kRecursionError};
    ast::StmtList orelse;
    if (ctx->else_clause()) orelse = block(ctx->else_clause()->block());
    for (auto it = elifs.rbegin(); it != elifs.rend(); ++it) {
      auto node = make<ast::If>(loc_of(*it));
      node->test = namedexpr((*it)->namedexpr_test());
      node->body = block((*it)->block());
      node->orelse = std::move(orelse);
      node->loc = through(loc_of((*it)->getStart()), node->orelse.empty() ? node->body : node->orelse);
      orelse.clear();
      orelse.push_back(std::move(node));
    }
    auto node = make<ast::If>(loc_of(ctx));
    node->test = namedexpr(ctx->namedexpr_test());
    node->body = block(ctx->block());
    node->orelse = std::move(orelse);
    return node;
  }

  ast::StmtPtr for_stmt(P::For_stmtContext* ctx, Token* start) {
    auto node = make<ast::For>(join(loc_of(start), loc_of(ctx)));
    node->target = exprlist(ctx->exprlist());
    make_target(*node->target, ast::Ctx::Store);
    node->iter = testlist_star_expr(ctx->testlist_star_expr());
    node->body = block(ctx->block());
    if (ctx->else_clause()) node->orelse = block(ctx->else_clause()->block());
    return node;
  }

  ast::StmtPtr try_stmt(P::Try_stmtContext* ctx) {
    auto node = make<ast::Try>(loc_of(ctx));
    node->body = block(ctx->block());
    bool any_star = false, any_plain = false;
    auto handlers = ctx->except_block();
    for (size_t i = 0; i < handlers.size(); ++i) {
      auto* h = handlers[i];
      ast::ExceptHandler handler;
      handler.loc = loc_of(h);
      bool star = h->STAR() != nullptr;
      (star ? any_star : any_plain) = true;
      if (any_star && any_plain)
        throw SyntaxError{loc_of(h), "cannot have both 'except' and 'except*' on the same 'try'"};
      if (h->test()) handler.type = test(h->test());
      else if (star) throw SyntaxError{loc_of(h->STAR()->getSymbol()), "expected one or more exception types"};
      else if (i + 1 < handlers.size()) throw SyntaxError{loc_of(h), "default 'except:' must be last"};
      if (h->NAME()) handler.name = h->NAME()->getText();
      handler.body = block(h->block());
      node->handlers.push_back(std::move(handler));
    }
    node->is_star = any_star;
    if (ctx->else_clause()) node->orelse = block(ctx->else_clause()->block());
    if (ctx->finally_clause()) node->finalbody = block(ctx->finally_clause()->block());
    return node;
  }

  ast::StmtPtr with_stmt(P::With_stmtContext* ctx, Token* start) {
    auto node = make<ast::With>(join(loc_of(start), loc_of(ctx)));
    for (auto* item : ctx->with_item()) {
      ast::WithItem w;
      w.context_expr = test(item->test());
      if (item->expr()) {
        w.optional_vars = expr(item->expr());
        make_target(*w.optional_vars, ast::Ctx::Store);
      }
      node->items.push_back(std::move(w));
    }
    node->body = block(ctx->block());
    return node;
  }

  ast::StmtPtr funcdef(P::FuncdefContext* ctx, Token* start, bool is_async) {
    auto node = make<ast::FunctionDef>(join(loc_of(start), loc_of(ctx)));
    node->name = ctx->NAME()->getText();
    node->is_async = is_async;
    if (ctx->typedargslist()) parameters(ctx->typedargslist()->typed_param(), node->args);
    if (ctx->test()) node->returns = test(ctx->test());
    node->body = block(ctx->block());
    return node;
  }

  ast::StmtPtr classdef(P::ClassdefContext* ctx) {
    auto node = make<ast::ClassDef>(loc_of(ctx));
    node->name = ctx->NAME()->getText();
    if (ctx->arglist()) call_arguments(ctx->arglist(), node->bases, node->keywords);
    node->body = block(ctx->block());
    return node;
  }

  ast::StmtPtr decorated(P::DecoratedContext* ctx) {
    ast::ExprList decorators;
    for (auto* d : ctx->decorator()) decorators.push_back(namedexpr(d->namedexpr_test()));
    ast::StmtPtr def;
    if (ctx->classdef()) def = classdef(ctx->classdef());
    else if (ctx->funcdef()) def = funcdef(ctx->funcdef(), ctx->funcdef()->getStart(), false);
    else def = funcdef(ctx->async_funcdef()->funcdef(), ctx->async_funcdef()->getStart(), true);
    if (auto* f = def->as<ast::FunctionDef>()) f->decorator_list = std::move(decorators);
    else def->as<ast::ClassDef>()->decorator_list = std::move(decorators);
    return def;
  }

  // ------------------------------------------------------------ parameters
  template <class ParamCtx>
  void parameters(const std::vector<ParamCtx*>& params, ast::Arguments& out) {
    enum class Section { Positional, KeywordOnly, Done };
    Section section = Section::Positional;
    bool seen_default = false, seen_slash = false, bare_star = false;
    size_t after_star = 0;
    std::set<std::string> names;
    std::vector<ast::Arg> positional;
    // CPython 3.11 points at the `*` in a def, at the token after it in a lambda.
    auto bare_star_loc = [](Token* star) {
      ast::Loc loc = loc_of(star);
      if constexpr (std::is_same_v<ParamCtx, P::Vararg_paramContext>) loc.col += 1;
      return loc;
    };
    auto make_arg = [&](Token* name, ParseTree* annotation, ast::Loc loc) {
      std::string id = name->getText();
      if (!names.insert(id).second)
        throw SyntaxError{loc_of(name), fmt::format("duplicate argument '{}' in function definition", id)};
      ast::Arg arg;
      arg.name = id;
      arg.loc = loc;
      if (annotation) arg.annotation = test(dynamic_cast<P::TestContext*>(annotation));
      return arg;
    };
    for (auto* p : params) {
      Token* first = p->getStart();
      size_t kind = first->getType();
      if (section == Section::Done)
        throw SyntaxError{loc_of(first), "arguments cannot follow var-keyword argument"};
      if (kind == P::DIV) {
        if (seen_slash) throw SyntaxError{loc_of(first), "/ may appear only once"};
        if (section == Section::KeywordOnly) throw SyntaxError{loc_of(first), "/ must be ahead of *"};
        if (positional.empty()) throw SyntaxError{loc_of(first), "at least one argument must precede /"};
        seen_slash = true;
        out.posonlyargs = std::move(positional);
        positional.clear();
        continue;
      }
      if (kind == P::STAR) {
        if (section == Section::KeywordOnly) throw SyntaxError{loc_of(first), "* argument may appear only once"};
        section = Section::KeywordOnly;
        after_star = 0;
        Token* name = param_name(p);
        if (name) {
          out.vararg = std::make_unique<ast::Arg>(make_arg(name, param_annotation(p), param_loc(p)));
          bare_star = false;
        } else {
          bare_star = true;
          if (p == params.back()) throw SyntaxError{bare_star_loc(first), "named arguments must follow bare *"};
        }
        continue;
      }
      if (kind == P::POWER) {
        if (bare_star && after_star == 0) throw SyntaxError{loc_of(first), "named arguments must follow bare *"};
        out.kwarg = std::make_unique<ast::Arg>(make_arg(param_name(p), param_annotation(p), param_loc(p)));
        section = Section::Done;
        continue;
      }
      ParseTree* default_value = param_default(p);
      ast::Arg arg = make_arg(param_name(p), param_annotation(p), param_loc(p));
      if (section == Section::KeywordOnly) {
        ++after_star;
        out.kwonlyargs.push_back(std::move(arg));
        out.kw_defaults.push_back(default_value ? test(dynamic_cast<P::TestContext*>(default_value)) : nullptr);
        continue;
      }
      if (default_value) {
        seen_default = true;
        out.defaults.push_back(test(dynamic_cast<P::TestContext*>(default_value)));
      } else if (seen_default) {
        throw SyntaxError{loc_of(p), "non-default argument follows default argument"};
      }
      positional.push_back(std::move(arg));
    }
    if (bare_star && after_star == 0 && !out.kwarg) {
      for (auto* p : params)
        if (p->getStart()->getType() == P::STAR)
          throw SyntaxError{bare_star_loc(p->getStart()), "named arguments must follow bare *"};
    }
    out.args = std::move(positional);
  }

  // typed_param (def) and vararg_param (lambda) differ only in annotations.
  static Token* param_name(P::Typed_paramContext* p) { return p->tfpdef() ? p->tfpdef()->NAME()->getSymbol() : nullptr; }
  static Token* param_name(P::Vararg_paramContext* p) { return p->NAME() ? p->NAME()->getSymbol() : nullptr; }
  static ParseTree* param_annotation(P::Typed_paramContext* p) { return p->tfpdef() ? p->tfpdef()->test() : nullptr; }
  static ParseTree* param_annotation(P::Vararg_paramContext*) { return nullptr; }
  static ParseTree* param_default(P::Typed_paramContext* p) { return p->test(); }
  // An arg's location is its name (and annotation), without `*` or default.
  static ast::Loc param_loc(P::Typed_paramContext* p) { return loc_of(p->tfpdef()); }
  static ast::Loc param_loc(P::Vararg_paramContext* p) { return loc_of(p->NAME()->getSymbol()); }
  static ParseTree* param_default(P::Vararg_paramContext* p) { return p->test(); }

  // ----------------------------------------------------------- expressions
  ast::ExprPtr testlist_star_expr(P::Testlist_star_exprContext* ctx) { return sequence(ctx); }
  ast::ExprPtr exprlist(P::ExprlistContext* ctx) { return sequence(ctx); }
  ast::ExprPtr testlist(P::TestlistContext* ctx) { return sequence(ctx); }

  // `a, b, *c` -> Tuple; a single item without a comma is itself.
  ast::ExprPtr sequence(ParserRuleContext* ctx) {
    ast::ExprList items;
    bool comma = false;
    for (ParseTree* child : ctx->children) {
      if (type_of(child) == P::COMMA) comma = true;
      else items.push_back(any_expr(child));
    }
    if (!comma) return std::move(items[0]);
    auto tuple = make<ast::Tuple>(loc_of(ctx));
    tuple->elts = std::move(items);
    return tuple;
  }

  ast::ExprPtr any_expr(ParseTree* child) {
    if (auto* c = dynamic_cast<P::TestContext*>(child)) return test(c);
    if (auto* c = dynamic_cast<P::Star_exprContext*>(child)) return star_expr(c);
    if (auto* c = dynamic_cast<P::ExprContext*>(child)) return expr(c);
    if (auto* c = dynamic_cast<P::Namedexpr_testContext*>(child)) return namedexpr(c);
    if (auto* c = dynamic_cast<P::Yield_exprContext*>(child)) return yield_expr(c);
    if (auto* c = dynamic_cast<P::Or_testContext*>(child)) return or_test(c);
    if (auto* c = dynamic_cast<P::Test_nocondContext*>(child)) return test_nocond(c);
    if (auto* c = dynamic_cast<P::Set_itemContext*>(child)) return any_expr(c->children[0]);
    if (auto* c = dynamic_cast<P::Testlist_star_exprContext*>(child)) return testlist_star_expr(c);
    throw SyntaxError{loc_of(dynamic_cast<ParserRuleContext*>(child)), "invalid syntax"};
  }

  ast::ExprPtr star_expr(P::Star_exprContext* ctx) {
    auto node = make<ast::Starred>(loc_of(ctx));
    node->value = expr(ctx->expr());
    return node;
  }

  ast::ExprPtr namedexpr(P::Namedexpr_testContext* ctx) {
    auto tests = ctx->test();
    if (tests.size() == 1) return test(tests[0]);
    auto node = make<ast::NamedExpr>(loc_of(ctx));
    node->target = test(tests[0]);
    if (node->target->kind != ast::ExprKind::Name)
      throw SyntaxError{node->target->loc, fmt::format("cannot use assignment expressions with {}", expr_name(*node->target))};
    set_ctx(*node->target, ast::Ctx::Store);
    node->value = test(tests[1]);
    return node;
  }

  ast::ExprPtr test(P::TestContext* ctx) {
    check_stack(ctx);
    if (ctx->lambdef()) return lambda(ctx->lambdef()->varargslist(), ctx->lambdef()->test(), ctx->lambdef());
    auto ors = ctx->or_test();
    if (ors.size() == 1) return or_test(ors[0]);
    auto node = make<ast::IfExp>(loc_of(ctx));
    node->body = or_test(ors[0]);
    node->test = or_test(ors[1]);
    node->orelse = test(ctx->test());
    return node;
  }

  ast::ExprPtr test_nocond(P::Test_nocondContext* ctx) {
    if (ctx->or_test()) return or_test(ctx->or_test());
    auto* l = ctx->lambdef_nocond();
    auto node = make<ast::Lambda>(loc_of(l));
    if (l->varargslist()) parameters(l->varargslist()->vararg_param(), node->args);
    node->body = test_nocond(l->test_nocond());
    return node;
  }

  ast::ExprPtr lambda(P::VarargslistContext* params, P::TestContext* body, ParserRuleContext* whole) {
    auto node = make<ast::Lambda>(loc_of(whole));
    if (params) parameters(params->vararg_param(), node->args);
    node->body = test(body);
    return node;
  }

  template <class Ctx, class Sub>
  ast::ExprPtr bool_op(Ctx* ctx, const std::vector<Sub*>& items, ast::BoolOpKind op,
                       ast::ExprPtr (Builder::*sub)(Sub*)) {
    if (items.size() == 1) return (this->*sub)(items[0]);
    auto node = make<ast::BoolOp>(loc_of(ctx));
    node->op = op;
    for (auto* item : items) node->values.push_back((this->*sub)(item));
    return node;
  }

  ast::ExprPtr or_test(P::Or_testContext* ctx) { return bool_op(ctx, ctx->and_test(), ast::BoolOpKind::Or, &Builder::and_test); }
  ast::ExprPtr and_test(P::And_testContext* ctx) { return bool_op(ctx, ctx->not_test(), ast::BoolOpKind::And, &Builder::not_test); }

  ast::ExprPtr not_test(P::Not_testContext* ctx) {
    check_stack(ctx);
    if (ctx->comparison()) return comparison(ctx->comparison());
    auto node = make<ast::UnaryOp>(loc_of(ctx));
    node->op = ast::UnaryOpKind::Not;
    node->operand = not_test(ctx->not_test());
    return node;
  }

  ast::ExprPtr comparison(P::ComparisonContext* ctx) {
    auto exprs = ctx->expr();
    if (exprs.size() == 1) return expr(exprs[0]);
    auto node = make<ast::Compare>(loc_of(ctx));
    node->left = expr(exprs[0]);
    auto ops = ctx->comp_op();
    for (size_t i = 0; i < ops.size(); ++i) {
      node->ops.push_back(cmp_kind(ops[i]));
      node->comparators.push_back(expr(exprs[i + 1]));
    }
    warn_is_literal(*node);
    return node;
  }

  static ast::CmpOpKind cmp_kind(P::Comp_opContext* op) {
    using C = ast::CmpOpKind;
    size_t first = op->getStart()->getType();
    bool two = op->children.size() == 2;
    switch (first) {
      case P::LESS_THAN: return C::Lt;
      case P::GREATER_THAN: return C::Gt;
      case P::EQUALS: return C::Eq;
      case P::GT_EQ: return C::GtE;
      case P::LT_EQ: return C::LtE;
      case P::NOT_EQ: return C::NotEq;
      case P::IN: return C::In;
      case P::NOT: return C::NotIn;
      default: return two ? C::IsNot : C::Is;
    }
  }

  // Left-associative binary chains: `a - b - c` is ((a - b) - c).
  ast::ExprPtr binary_chain(ParserRuleContext* ctx) {
    ast::ExprPtr left;
    std::string pending_op;
    int chain = 0;
    // Spans come from the tokens, so a parenthesised left operand's `(` counts, as in CPython.
    Token* first = ctx->getStart();
    for (ParseTree* child : ctx->children) {
      if (Token* t = token_of(child)) {
        pending_op = t->getText();
        continue;
      }
      ast::ExprPtr operand = sub_binary(child);
      if (!left) {
        left = std::move(operand);
        continue;
      }
      auto* operand_ctx = dynamic_cast<ParserRuleContext*>(child);
      // Past CPython's depth a chain is an error however it ends: stop
      // building before the tree gets longer than the input is worth.
      if (++chain > kMaxNodeDepth) throw parsing::SyntaxError{loc_of(operand_ctx), kRecursionError};
      auto node = make<ast::BinOp>(lexing::span(*first, *operand_ctx->getStop()));
      node->op = binop_kind(pending_op);
      node->left = std::move(left);
      node->right = std::move(operand);
      left = std::move(node);
    }
    return left;
  }

  ast::ExprPtr sub_binary(ParseTree* child) {
    if (auto* c = dynamic_cast<P::ExprContext*>(child)) return expr(c);
    if (auto* c = dynamic_cast<P::Xor_exprContext*>(child)) return binary_chain(c);
    if (auto* c = dynamic_cast<P::And_exprContext*>(child)) return binary_chain(c);
    if (auto* c = dynamic_cast<P::Shift_exprContext*>(child)) return binary_chain(c);
    if (auto* c = dynamic_cast<P::Arith_exprContext*>(child)) return binary_chain(c);
    if (auto* c = dynamic_cast<P::TermContext*>(child)) return binary_chain(c);
    return factor(dynamic_cast<P::FactorContext*>(child));
  }

  ast::ExprPtr expr(P::ExprContext* ctx) { return binary_chain(ctx); }

  ast::ExprPtr factor(P::FactorContext* ctx) {
    check_stack(ctx);
    if (ctx->power()) return power(ctx->power());
    auto node = make<ast::UnaryOp>(loc_of(ctx));
    size_t t = ctx->getStart()->getType();
    node->op = t == P::ADD ? ast::UnaryOpKind::UAdd : t == P::MINUS ? ast::UnaryOpKind::USub : ast::UnaryOpKind::Invert;
    node->operand = factor(ctx->factor());
    return node;
  }

  ast::ExprPtr power(P::PowerContext* ctx) {
    ast::ExprPtr base = atom_expr(ctx->atom_expr());
    if (!ctx->factor()) return base;
    auto node = make<ast::BinOp>(loc_of(ctx));
    node->op = ast::BinOpKind::Pow;
    node->left = std::move(base);
    node->right = factor(ctx->factor());
    return node;
  }

  ast::ExprPtr atom_expr(P::Atom_exprContext* ctx) {
    ast::ExprPtr value = atom(ctx->atom());
    ast::Loc start = loc_of(ctx->atom());  // `(f)(x)`: the call starts at the parenthesis
    auto trailers = ctx->trailer();
    if (trailers.size() > static_cast<size_t>(kMaxNodeDepth))
      throw parsing::SyntaxError{loc_of(trailers[kMaxNodeDepth]), kRecursionError};
    for (auto* trailer : trailers) {
      ast::Loc loc = join(start, loc_of(trailer));
      size_t first = trailer->getStart()->getType();
      if (first == P::DOT) {
        auto node = make<ast::Attribute>(loc);
        node->value = std::move(value);
        node->attr = trailer->NAME()->getText();
        value = std::move(node);
      } else if (first == P::OPEN_PAREN) {
        auto node = make<ast::Call>(loc);
        node->func = std::move(value);
        if (trailer->arglist()) call_arguments(trailer->arglist(), node->args, node->keywords);
        value = std::move(node);
      } else {
        auto node = make<ast::Subscript>(loc);
        node->value = std::move(value);
        node->slice = subscripts(trailer->subscriptlist());
        value = std::move(node);
      }
    }
    if (ctx->AWAIT()) {
      auto node = make<ast::Await>(loc_of(ctx));
      node->value = std::move(value);
      return node;
    }
    return value;
  }

  ast::ExprPtr subscripts(P::SubscriptlistContext* ctx) {
    auto items = ctx->subscript();
    if (items.size() == 1 && ctx->COMMA().empty()) return subscript(items[0]);
    auto tuple = make<ast::Tuple>(loc_of(ctx));
    for (auto* s : items) tuple->elts.push_back(subscript(s));
    return tuple;
  }

  ast::ExprPtr subscript(P::SubscriptContext* ctx) {
    if (ctx->star_expr()) return star_expr(ctx->star_expr());
    if (ctx->namedexpr_test() && !ctx->COLON()) return namedexpr(ctx->namedexpr_test());
    auto node = make<ast::Slice>(loc_of(ctx));
    if (ctx->namedexpr_test()) node->lower = namedexpr(ctx->namedexpr_test());
    if (ctx->test()) node->upper = test(ctx->test());
    if (auto* step = ctx->sliceop(); step && step->test()) node->step = test(step->test());
    return node;
  }

  void call_arguments(P::ArglistContext* ctx, ast::ExprList& args, std::vector<ast::Keyword>& keywords) {
    auto items = ctx->argument();
    bool seen_keyword = false, seen_double_star = false;
    for (auto* a : items) {
      size_t first = a->getStart()->getType();
      if (first == P::STAR && a->children.size() == 2 && dynamic_cast<P::TestContext*>(a->children[1])) {
        if (seen_double_star)
          throw SyntaxError{loc_of(a), "iterable argument unpacking follows keyword argument unpacking"};
        auto node = make<ast::Starred>(loc_of(a));
        node->value = test(a->test(0));
        args.push_back(std::move(node));
        continue;
      }
      if (first == P::POWER) {
        seen_double_star = true;
        ast::Keyword kw;
        kw.value = test(a->test(0));
        kw.loc = loc_of(a);
        keywords.push_back(std::move(kw));
        continue;
      }
      if (a->ASSIGN()) {
        ast::ExprPtr name = test(a->test(0));
        if (name->kind != ast::ExprKind::Name)
          throw SyntaxError{join(name->loc, loc_of(a->ASSIGN()->getSymbol())),
                            "expression cannot contain assignment, perhaps you meant \"==\"?"};
        std::string id = name->as<ast::Name>()->id;
        for (auto& kw : keywords)
          if (kw.arg == id) throw SyntaxError{loc_of(a), fmt::format("keyword argument repeated: {}", id)};
        seen_keyword = true;
        ast::Keyword kw;
        kw.arg = id;
        kw.value = test(a->test(1));
        kw.loc = loc_of(a);
        keywords.push_back(std::move(kw));
        continue;
      }
      ast::ExprPtr value;
      if (a->WALRUS()) {
        auto node = make<ast::NamedExpr>(loc_of(a));
        node->target = test(a->test(0));
        // In an argument list CPython has no special message for this.
        if (node->target->kind != ast::ExprKind::Name) throw SyntaxError{loc_of(a->WALRUS()->getSymbol()), "invalid syntax"};
        set_ctx(*node->target, ast::Ctx::Store);
        node->value = test(a->test(1));
        value = std::move(node);
      } else {
        value = test(a->test(0));
      }
      if (a->comp_for()) {
        if (items.size() > 1) throw SyntaxError{loc_of(a), "Generator expression must be parenthesized"};
        auto gen = make<ast::GeneratorExp>(join(loc_of(a), loc_of(ctx->getStop())));
        // CPython's genexp-as-sole-argument spans the call's parentheses.
        if (auto* parent = dynamic_cast<ParserRuleContext*>(ctx->parent)) gen->loc = loc_of(parent);
        gen->elt = std::move(value);
        comprehension(a->comp_for(), gen->generators);
        value = std::move(gen);
      }
      // CPython 3.11 reports these one column to the right of the argument.
      ast::Loc after_start = value->loc;
      after_start.col += 1;
      if (seen_double_star) throw SyntaxError{after_start, "positional argument follows keyword argument unpacking"};
      if (seen_keyword) throw SyntaxError{after_start, "positional argument follows keyword argument"};
      args.push_back(std::move(value));
    }
  }

  void comprehension(P::Comp_forContext* ctx, std::vector<ast::Comprehension>& out) {
    while (ctx) {
      ast::Comprehension c;
      c.loc = loc_of(ctx);
      c.is_async = ctx->ASYNC() != nullptr;
      c.target = exprlist(ctx->exprlist());
      make_target(*c.target, ast::Ctx::Store);
      c.iter = or_test(ctx->or_test());
      P::Comp_iterContext* iter = ctx->comp_iter();
      ctx = nullptr;
      while (iter) {
        if (iter->comp_for()) {
          ctx = iter->comp_for();
          break;
        }
        auto* cond = iter->comp_if();
        c.ifs.push_back(test_nocond(cond->test_nocond()));
        iter = cond->comp_iter();
      }
      out.push_back(std::move(c));
    }
  }

  ast::ExprPtr yield_expr(P::Yield_exprContext* ctx) {
    if (ctx->FROM()) {
      auto node = make<ast::YieldFrom>(loc_of(ctx));
      node->value = test(ctx->test());
      return node;
    }
    auto node = make<ast::Yield>(loc_of(ctx));
    if (ctx->testlist_star_expr()) node->value = testlist_star_expr(ctx->testlist_star_expr());
    return node;
  }

  ast::ExprPtr constant(ast::Loc loc, ast::ConstKind kind) {
    auto node = make<ast::Constant>(loc);
    node->value_kind = kind;
    return node;
  }

  ast::ExprPtr atom(P::AtomContext* ctx) {
    ast::Loc loc = loc_of(ctx);
    Token* first = ctx->getStart();
    switch (first->getType()) {
      case P::NAME: {
        auto node = make<ast::Name>(loc);
        node->id = first->getText();
        return node;
      }
      case P::NUMBER: return build_number(*first);
      case P::STRING: {
        std::vector<Token*> strings;
        for (auto* s : ctx->STRING()) strings.push_back(s->getSymbol());
        return build_strings(strings);
      }
      case P::ELLIPSIS: return constant(loc, ast::ConstKind::Ellipsis);
      case P::NONE: return constant(loc, ast::ConstKind::None);
      case P::TRUE: return constant(loc, ast::ConstKind::True);
      case P::FALSE: return constant(loc, ast::ConstKind::False);
      case P::OPEN_PAREN: {
        if (ctx->yield_expr()) return yield_expr(ctx->yield_expr());
        auto* inner = ctx->testlist_comp();
        if (!inner) return make<ast::Tuple>(loc);
        if (inner->comp_for()) {
          auto gen = make<ast::GeneratorExp>(loc);
          gen->elt = any_expr(inner->children[0]);
          comprehension(inner->comp_for(), gen->generators);
          return gen;
        }
        if (inner->COMMA().empty()) {
          ast::ExprPtr single = any_expr(inner->children[0]);
          if (single->kind == ast::ExprKind::Starred)
            throw SyntaxError{single->loc, "cannot use starred expression here"};
          return single;  // a parenthesised expression keeps its own location, as in CPython
        }
        auto tuple = make<ast::Tuple>(loc);
        for (ParseTree* child : inner->children)
          if (!token_of(child)) tuple->elts.push_back(any_expr(child));
        return tuple;
      }
      case P::OPEN_BRACK: {
        auto* inner = ctx->testlist_comp();
        if (inner && inner->comp_for()) {
          auto comp = make<ast::ListComp>(loc);
          comp->elt = any_expr(inner->children[0]);
          comprehension(inner->comp_for(), comp->generators);
          return comp;
        }
        auto list = make<ast::List>(loc);
        if (inner)
          for (ParseTree* child : inner->children)
            if (!token_of(child)) list->elts.push_back(any_expr(child));
        return list;
      }
      default:
        return dict_or_set(ctx->dictorsetmaker(), loc);
    }
  }

  ast::ExprPtr dict_or_set(P::DictorsetmakerContext* ctx, ast::Loc loc) {
    if (!ctx) return make<ast::Dict>(loc);
    auto dict_items = ctx->dict_item();
    if (!dict_items.empty()) {
      if (ctx->comp_for()) {
        auto* item = dict_items[0];
        if (!item->COLON()) throw SyntaxError{loc_of(item), "dict unpacking cannot be used in dict comprehension"};
        auto comp = make<ast::DictComp>(loc);
        comp->key = test(item->test(0));
        comp->value = test(item->test(1));
        comprehension(ctx->comp_for(), comp->generators);
        return comp;
      }
      auto dict = make<ast::Dict>(loc);
      for (auto* item : dict_items) {
        if (item->COLON()) {
          dict->keys.push_back(test(item->test(0)));
          dict->values.push_back(test(item->test(1)));
        } else {
          dict->keys.push_back(nullptr);
          dict->values.push_back(expr(item->expr()));
        }
      }
      return dict;
    }
    auto set_items = ctx->set_item();
    if (ctx->comp_for()) {
      auto comp = make<ast::SetComp>(loc);
      comp->elt = any_expr(set_items[0]);
      comprehension(ctx->comp_for(), comp->generators);
      return comp;
    }
    auto set = make<ast::Set>(loc);
    for (auto* item : set_items) set->elts.push_back(any_expr(item));
    return set;
  }
};

}  // namespace

std::unique_ptr<ast::Module> build_module(P::File_inputContext* tree, std::vector<Diagnostic>& warnings) {
  struct Collecting {
    std::vector<Diagnostic>* outer = current_warnings;
    explicit Collecting(std::vector<Diagnostic>& list) { current_warnings = &list; }
    ~Collecting() { current_warnings = outer; }
  } collecting(warnings);
  Builder builder;
  auto module = std::make_unique<ast::Module>();
  for (auto* s : tree->stmt()) builder.stmt(s, module->body);
  return module;
}

std::optional<ast::Loc> too_deep(const ast::Module& module) {
  struct Item {
    const ast::Stmt* stmt;
    const ast::Expr* expr;
    int depth;
  };
  std::vector<Item> pending;
  for (auto it = module.body.rbegin(); it != module.body.rend(); ++it) pending.push_back({it->get(), nullptr, 1});
  std::vector<Item> children;
  while (!pending.empty()) {
    Item item = pending.back();
    pending.pop_back();
    if (item.depth > kMaxNodeDepth) return item.stmt ? item.stmt->loc : item.expr->loc;
    children.clear();
    auto collect = [&](const auto& child) {
      if constexpr (ast::is_stmt<decltype(child)>) children.push_back({&child, nullptr, item.depth + 1});
      else children.push_back({nullptr, &child, item.depth + 1});
    };
    if (item.stmt) ast::for_each_child(*item.stmt, ast::Reach::All, collect);
    else ast::for_each_child(*item.expr, ast::Reach::All, collect);
    pending.insert(pending.end(), children.rbegin(), children.rend());
  }
  return std::nullopt;
}

ast::ExprPtr build_fstring_expr(P::Fstring_exprContext* tree) {
  Builder builder;
  if (tree->yield_expr()) return builder.yield_expr(tree->yield_expr());
  return builder.testlist_star_expr(tree->testlist_star_expr());
}

}  // namespace pyco2cpp::building
