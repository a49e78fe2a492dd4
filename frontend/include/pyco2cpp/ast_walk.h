// The one walk over the AST's children, shared by every pass that looks
// into the tree (resolve, its placement checks, codegen's analyses).
//
// A pass handles the node kinds it cares about and hands every other node
// to for_each_child, which reaches the node's direct children:
//
//     bool mentions(const ast::Expr& e, const std::string& id) {
//       if (auto* n = e.as<ast::Name>()) return n->id == id;
//       bool found = false;
//       ast::for_each_child(e, ast::Reach::ThisScope, [&](const auto& child) {
//         if constexpr (std::is_same_v<std::decay_t<decltype(child)>, ast::Expr>)
//           found = found || mentions(child, id);
//       });
//       return found;
//     }
//
// Children come in the order the compiled code evaluates them (a call's
// function before its arguments, an assignment's value before its targets,
// a dict's keys and values interleaved, a def's decorators before its
// defaults). A pass that must follow another order (the symbol table
// mirrors CPython's symtable.c, the placement checks its compiler) handles
// those kinds itself.
//
// Besides nodes, a few parts of the tree bind names without being
// expressions (import aliases, parameters): the helpers at the end say
// which names they bind, so no pass spells that out again.
#pragma once

#include <optional>
#include <string>
#include <type_traits>

#include "pyco2cpp/ast.h"

namespace pyco2cpp::ast {

// How far a walk goes.
enum class Reach {
  // Every child, nested scopes' code included (a def's body, a lambda's
  // body, a class body, a comprehension's clauses and element).
  All,
  // Only what runs in the scope being walked: of a nested scope, what is
  // evaluated where it stands — a def's decorators, defaults and
  // annotations; a lambda's defaults; a class's decorators, bases and
  // keywords; a comprehension's outermost iterable.
  ThisScope,
};

// The parts of a comprehension expression (list, set, dict, generator).
struct ComprehensionParts {
  const std::vector<Comprehension>& generators;
  const Expr& element;          // elt, or a dict comprehension's key
  const Expr* value = nullptr;  // a dict comprehension's value
};
inline std::optional<ComprehensionParts> comprehension_parts(const Expr& e) {
  switch (e.kind) {
    case ExprKind::ListComp: {
      auto& c = static_cast<const ListComp&>(e);
      return ComprehensionParts{c.generators, *c.elt};
    }
    case ExprKind::SetComp: {
      auto& c = static_cast<const SetComp&>(e);
      return ComprehensionParts{c.generators, *c.elt};
    }
    case ExprKind::GeneratorExp: {
      auto& c = static_cast<const GeneratorExp&>(e);
      return ComprehensionParts{c.generators, *c.elt};
    }
    case ExprKind::DictComp: {
      auto& c = static_cast<const DictComp&>(e);
      return ComprehensionParts{c.generators, *c.key, c.value.get()};
    }
    default: return std::nullopt;
  }
}

namespace walk_detail {

template <class Visit>
void exprs(const ExprList& list, Visit& visit) {
  for (const auto& e : list)
    if (e) visit(static_cast<const Expr&>(*e));
}
template <class Visit>
void optional(const ExprPtr& e, Visit& visit) {
  if (e) visit(static_cast<const Expr&>(*e));
}
template <class Visit>
void stmts(const StmtList& list, Visit& visit) {
  for (const auto& s : list) visit(static_cast<const Stmt&>(*s));
}

template <class Visit>
void comprehension(const std::vector<Comprehension>& generators, const Expr* first,
                   const Expr* second, Reach reach, Visit& visit) {
  visit(static_cast<const Expr&>(*generators.front().iter));
  if (reach == Reach::ThisScope) return;
  for (size_t i = 0; i < generators.size(); ++i) {
    const Comprehension& g = generators[i];
    if (i > 0) visit(static_cast<const Expr&>(*g.iter));
    visit(static_cast<const Expr&>(*g.target));
    exprs(g.ifs, visit);
  }
  visit(*first);
  if (second) visit(*second);
}

}  // namespace walk_detail

// Calls visit(const Expr&) on a function's defaults, then its keyword-only
// defaults (where given).
template <class Visit>
void for_each_default(const Arguments& args, Visit&& visit) {
  walk_detail::exprs(args.defaults, visit);
  walk_detail::exprs(args.kw_defaults, visit);
}

// Calls visit(const Expr&) on each parameter annotation in binding order,
// then on the return annotation.
template <class Visit>
void for_each_annotation(const Arguments& args, const ExprPtr& returns, Visit&& visit) {
  using walk_detail::optional;
  for (const auto& a : args.posonlyargs) optional(a.annotation, visit);
  for (const auto& a : args.args) optional(a.annotation, visit);
  if (args.vararg) optional(args.vararg->annotation, visit);
  for (const auto& a : args.kwonlyargs) optional(a.annotation, visit);
  if (args.kwarg) optional(args.kwarg->annotation, visit);
  optional(returns, visit);
}

// Calls visit(const Stmt&) / visit(const Expr&) on each direct child of `s`.
template <class Visit>
void for_each_child(const Stmt& s, Reach reach, Visit&& visit) {
  using namespace walk_detail;
  switch (s.kind) {
    case StmtKind::FunctionDef: {
      auto& def = static_cast<const FunctionDef&>(s);
      exprs(def.decorator_list, visit);
      for_each_default(def.args, visit);
      for_each_annotation(def.args, def.returns, visit);
      if (reach == Reach::All) stmts(def.body, visit);
      break;
    }
    case StmtKind::ClassDef: {
      auto& cls = static_cast<const ClassDef&>(s);
      exprs(cls.decorator_list, visit);
      exprs(cls.bases, visit);
      for (const auto& k : cls.keywords) visit(static_cast<const Expr&>(*k.value));
      if (reach == Reach::All) stmts(cls.body, visit);
      break;
    }
    case StmtKind::Return: optional(static_cast<const Return&>(s).value, visit); break;
    case StmtKind::Delete: exprs(static_cast<const Delete&>(s).targets, visit); break;
    case StmtKind::Assign: {
      auto& assign = static_cast<const Assign&>(s);
      visit(static_cast<const Expr&>(*assign.value));
      exprs(assign.targets, visit);
      break;
    }
    case StmtKind::AugAssign: {
      auto& assign = static_cast<const AugAssign&>(s);
      visit(static_cast<const Expr&>(*assign.target));
      visit(static_cast<const Expr&>(*assign.value));
      break;
    }
    case StmtKind::AnnAssign: {
      auto& assign = static_cast<const AnnAssign&>(s);
      optional(assign.value, visit);
      visit(static_cast<const Expr&>(*assign.target));
      visit(static_cast<const Expr&>(*assign.annotation));
      break;
    }
    case StmtKind::For: {
      auto& loop = static_cast<const For&>(s);
      visit(static_cast<const Expr&>(*loop.iter));
      visit(static_cast<const Expr&>(*loop.target));
      stmts(loop.body, visit);
      stmts(loop.orelse, visit);
      break;
    }
    case StmtKind::While: {
      auto& loop = static_cast<const While&>(s);
      visit(static_cast<const Expr&>(*loop.test));
      stmts(loop.body, visit);
      stmts(loop.orelse, visit);
      break;
    }
    case StmtKind::If: {
      auto& branch = static_cast<const If&>(s);
      visit(static_cast<const Expr&>(*branch.test));
      stmts(branch.body, visit);
      stmts(branch.orelse, visit);
      break;
    }
    case StmtKind::With: {
      auto& with = static_cast<const With&>(s);
      for (const auto& item : with.items) {
        visit(static_cast<const Expr&>(*item.context_expr));
        optional(item.optional_vars, visit);
      }
      stmts(with.body, visit);
      break;
    }
    case StmtKind::Raise: {
      auto& raise = static_cast<const Raise&>(s);
      optional(raise.exc, visit);
      optional(raise.cause, visit);
      break;
    }
    case StmtKind::Try: {
      auto& attempt = static_cast<const Try&>(s);
      stmts(attempt.body, visit);
      for (const auto& handler : attempt.handlers) {
        optional(handler.type, visit);
        stmts(handler.body, visit);
      }
      stmts(attempt.orelse, visit);
      stmts(attempt.finalbody, visit);
      break;
    }
    case StmtKind::Assert: {
      auto& check = static_cast<const Assert&>(s);
      visit(static_cast<const Expr&>(*check.test));
      optional(check.msg, visit);
      break;
    }
    case StmtKind::Expr: visit(static_cast<const Expr&>(*static_cast<const ExprStmt&>(s).value)); break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue: break;
  }
}

// Calls visit(const Expr&) on each direct child of `e`.
template <class Visit>
void for_each_child(const Expr& e, Reach reach, Visit&& visit) {
  using namespace walk_detail;
  switch (e.kind) {
    case ExprKind::BoolOp: exprs(static_cast<const BoolOp&>(e).values, visit); break;
    case ExprKind::NamedExpr: {
      auto& walrus = static_cast<const NamedExpr&>(e);
      visit(static_cast<const Expr&>(*walrus.value));
      visit(static_cast<const Expr&>(*walrus.target));
      break;
    }
    case ExprKind::BinOp: {
      auto& op = static_cast<const BinOp&>(e);
      visit(static_cast<const Expr&>(*op.left));
      visit(static_cast<const Expr&>(*op.right));
      break;
    }
    case ExprKind::UnaryOp: visit(static_cast<const Expr&>(*static_cast<const UnaryOp&>(e).operand)); break;
    case ExprKind::Lambda: {
      auto& lambda = static_cast<const Lambda&>(e);
      for_each_default(lambda.args, visit);
      if (reach == Reach::All) visit(static_cast<const Expr&>(*lambda.body));
      break;
    }
    case ExprKind::IfExp: {
      auto& choice = static_cast<const IfExp&>(e);
      visit(static_cast<const Expr&>(*choice.test));
      visit(static_cast<const Expr&>(*choice.body));
      visit(static_cast<const Expr&>(*choice.orelse));
      break;
    }
    case ExprKind::Dict: {
      auto& dict = static_cast<const Dict&>(e);
      for (size_t i = 0; i < dict.values.size(); ++i) {
        if (i < dict.keys.size()) optional(dict.keys[i], visit);
        visit(static_cast<const Expr&>(*dict.values[i]));
      }
      break;
    }
    case ExprKind::Set: exprs(static_cast<const Set&>(e).elts, visit); break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::DictComp: {
      ComprehensionParts parts = *comprehension_parts(e);
      comprehension(parts.generators, &parts.element, parts.value, reach, visit);
      break;
    }
    case ExprKind::Await: visit(static_cast<const Expr&>(*static_cast<const Await&>(e).value)); break;
    case ExprKind::Yield: optional(static_cast<const Yield&>(e).value, visit); break;
    case ExprKind::YieldFrom: visit(static_cast<const Expr&>(*static_cast<const YieldFrom&>(e).value)); break;
    case ExprKind::Compare: {
      auto& compare = static_cast<const Compare&>(e);
      visit(static_cast<const Expr&>(*compare.left));
      exprs(compare.comparators, visit);
      break;
    }
    case ExprKind::Call: {
      auto& call = static_cast<const Call&>(e);
      visit(static_cast<const Expr&>(*call.func));
      exprs(call.args, visit);
      for (const auto& k : call.keywords) visit(static_cast<const Expr&>(*k.value));
      break;
    }
    case ExprKind::FormattedValue: {
      auto& value = static_cast<const FormattedValue&>(e);
      visit(static_cast<const Expr&>(*value.value));
      optional(value.format_spec, visit);
      break;
    }
    case ExprKind::JoinedStr: exprs(static_cast<const JoinedStr&>(e).values, visit); break;
    case ExprKind::Attribute: visit(static_cast<const Expr&>(*static_cast<const Attribute&>(e).value)); break;
    case ExprKind::Subscript: {
      auto& subscript = static_cast<const Subscript&>(e);
      visit(static_cast<const Expr&>(*subscript.value));
      visit(static_cast<const Expr&>(*subscript.slice));
      break;
    }
    case ExprKind::Starred: visit(static_cast<const Expr&>(*static_cast<const Starred&>(e).value)); break;
    case ExprKind::List: exprs(static_cast<const List&>(e).elts, visit); break;
    case ExprKind::Tuple: exprs(static_cast<const Tuple&>(e).elts, visit); break;
    case ExprKind::Slice: {
      auto& slice = static_cast<const Slice&>(e);
      optional(slice.lower, visit);
      optional(slice.upper, visit);
      optional(slice.step, visit);
      break;
    }
    case ExprKind::Constant:
    case ExprKind::Name: break;
  }
}

// A pass over statements and expressions that handles the kinds it cares
// about itself and walks into the rest: derive from Walker<Pass, reach> and
// define `void statement(const Stmt&)` and `void expression(const Expr&)`
// (friend the base if private); children() hands a node's children back to
// them.
template <class Pass, Reach R>
class Walker {
 protected:
  void statements(const StmtList& list) {
    for (const auto& s : list) self().statement(*s);
  }
  void expressions(const ExprList& list) {
    for (const auto& e : list)
      if (e) self().expression(*e);
  }
  void optional(const ExprPtr& e) {
    if (e) self().expression(*e);
  }
  void children(const Stmt& s) {
    for_each_child(s, R, [&](const auto& child) { hand_back(child); });
  }
  void children(const Expr& e) {
    for_each_child(e, R, [&](const Expr& child) { self().expression(child); });
  }

 private:
  Pass& self() { return static_cast<Pass&>(*this); }
  void hand_back(const Stmt& s) { self().statement(s); }
  void hand_back(const Expr& e) { self().expression(e); }
};

// Whether a child handed to a visitor is a statement (for generic lambdas:
// `if constexpr (ast::is_stmt<decltype(child)>)`).
template <class T>
inline constexpr bool is_stmt = std::is_same_v<std::decay_t<T>, Stmt>;

// ------------------------------------------------------- names bound by parts

// The name `import a.b` or `import a.b as c` binds: `a`, or `c`. For
// `from m import x [as y]`: `x`, or `y`.
inline std::string bound_name(const Alias& alias) {
  if (!alias.asname.empty()) return alias.asname;
  return alias.name.substr(0, alias.name.find('.'));
}

// The variable a def or class statement binds (its private form inside a
// class body, once mangle_private_names has run).
inline const std::string& bound_name(const FunctionDef& def) { return def.binds.empty() ? def.name : def.binds; }
inline const std::string& bound_name(const ClassDef& cls) { return cls.binds.empty() ? cls.name : cls.binds; }

// Calls bind(const Name&) for each name an assignment target binds
// (through tuples, lists and starred parts; attributes and subscripts bind
// no name).
template <class Bind>
void for_each_target_name(const Expr& target, Bind&& bind) {
  switch (target.kind) {
    case ExprKind::Name: bind(static_cast<const Name&>(target)); break;
    case ExprKind::Starred: for_each_target_name(*static_cast<const Starred&>(target).value, bind); break;
    case ExprKind::Tuple:
      for (const auto& e : static_cast<const Tuple&>(target).elts) for_each_target_name(*e, bind);
      break;
    case ExprKind::List:
      for (const auto& e : static_cast<const List&>(target).elts) for_each_target_name(*e, bind);
      break;
    default: break;
  }
}

// Calls visit(const Arg&) for each parameter in binding order: positional
// (positional-only first), *args, keyword-only, **kwargs — the order of a
// call's bound parameter array.
template <class Visit>
void for_each_param(const Arguments& args, Visit&& visit) {
  for (const auto& a : args.posonlyargs) visit(a);
  for (const auto& a : args.args) visit(a);
  if (args.vararg) visit(*args.vararg);
  for (const auto& a : args.kwonlyargs) visit(a);
  if (args.kwarg) visit(*args.kwarg);
}

}  // namespace pyco2cpp::ast
