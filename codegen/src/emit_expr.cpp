// Expressions. Each returns an Operand: C++ text for the value plus what
// kind of text it is, so `ordered()` can decide which operands must be
// computed into temporaries to keep Python's left-to-right order.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

#include "emitter.h"
#include "fold.h"
#include "pyco2cpp/ast_walk.h"

namespace pyco2cpp::codegen {

bool Emitter::may_effect(const ast::Expr& e) const {
  switch (e.kind) {
    case ast::ExprKind::Constant:
    case ast::ExprKind::Name: return false;
    case ast::ExprKind::Tuple:
      return std::any_of(e.as<ast::Tuple>()->elts.begin(), e.as<ast::Tuple>()->elts.end(),
                         [&](auto& x) { return may_effect(*x); });
    case ast::ExprKind::List:
      return std::any_of(e.as<ast::List>()->elts.begin(), e.as<ast::List>()->elts.end(),
                         [&](auto& x) { return may_effect(*x); });
    default: return true;
  }
}

std::string join_code(const std::vector<Operand>& operands) {
  std::string list;
  for (auto& op : operands) list += (list.empty() ? "" : ", ") + op.code;
  return list;
}

std::vector<std::string> codes(const std::vector<Operand>& operands) {
  std::vector<std::string> out;
  for (auto& op : operands) out.push_back(op.code);
  return out;
}

std::string Emitter::temp(const Operand& op) {
  if (op.is_temp) return op.code;
  return declare("Value", fresh(Helper::Temp), op.code);
}

std::vector<Operand> Emitter::ordered(const std::vector<const ast::Expr*>& es) {
  std::vector<bool> later_effect(es.size() + 1, false);
  bool later_walrus = false;
  for (size_t i = es.size(); i-- > 0;)
    later_effect[i] = later_effect[i + 1] || (es[i] && may_effect(*es[i]));
  std::vector<Operand> out;
  for (size_t i = 0; i < es.size(); ++i) {
    if (!es[i]) {
      out.push_back({"Value()", OperandKind::Const});
      continue;
    }
    // An operand that starts on another line than the one stored and can
    // fail runs as its own statement at its own line (CPython 3.11 reports
    // the failing part of a multi-line expression); everything before it
    // that could act is already in temporaries, so the order holds.
    int line = es[i]->loc.line;
    if (line != fn_.line && fn_.line != 0 && may_effect(*es[i])) {
      int outer = fn_.line;
      store_line(line);
      std::string t = temp(expr(*es[i]));
      store_line(outer);
      out.push_back(temp_operand(t));
      continue;
    }
    Operand op = expr(*es[i]);
    bool keep = op.kind == OperandKind::Const ||
                (op.kind == OperandKind::Local && !later_walrus) || !later_effect[i + 1];
    out.push_back(keep ? op : temp_operand(temp(op)));
  }
  return out;
}

std::string Emitter::truth(const ast::Expr& e) {
  if (auto* c = e.as<ast::Constant>()) {  // `while True:`: nothing to test at run time
    if (c->value_kind == ast::ConstKind::True) return "true";
    if (c->value_kind == ast::ConstKind::False || c->value_kind == ast::ConstKind::None) return "false";
  }
  if (auto* u = e.as<ast::UnaryOp>(); u && u->op == ast::UnaryOpKind::Not)
    return "!(" + truth(*u->operand) + ")";
  if (auto* c = e.as<ast::Compare>(); c && c->ops.size() == 1) {
    auto parts = ordered({c->left.get(), c->comparators[0].get()});
    switch (c->ops[0]) {
      case ast::CmpOpKind::Is: return fmt::format("py::is_({}, {})", parts[0], parts[1]);
      case ast::CmpOpKind::IsNot: return fmt::format("!py::is_({}, {})", parts[0], parts[1]);
      case ast::CmpOpKind::In: return fmt::format("py::contains({}, {})", parts[1], parts[0]);
      case ast::CmpOpKind::NotIn: return fmt::format("!py::contains({}, {})", parts[1], parts[0]);
      default: break;
    }
    static const char* fns[] = {"py::eq_test", "py::ne_test", "py::lt_test", "py::le_test", "py::gt_test", "py::ge_test"};
    return fmt::format("{}({}, {})", fns[static_cast<int>(c->ops[0])], parts[0], parts[1]);
  }
  return "py::truthy(" + value(e) + ")";
}

std::string Emitter::binop_fn(ast::BinOpKind op, bool inplace) {
  using K = ast::BinOpKind;
  switch (op) {
    case K::Add: return inplace ? "py::iadd" : "py::add";
    case K::Sub: return inplace ? "py::isub" : "py::sub";
    case K::Mult: return inplace ? "py::imul" : "py::mul";
    case K::MatMult: return inplace ? "py::imatmul" : "py::matmul";
    case K::Div: return inplace ? "py::itruediv" : "py::truediv";
    case K::Mod: return inplace ? "py::imod" : "py::mod";
    case K::Pow: return inplace ? "py::ipow" : "py::pow";
    case K::LShift: return inplace ? "py::ilshift" : "py::lshift";
    case K::RShift: return inplace ? "py::irshift" : "py::rshift";
    case K::BitOr: return inplace ? "py::ibitor" : "py::bitor_";
    case K::BitXor: return inplace ? "py::ibitxor" : "py::bitxor_";
    case K::BitAnd: return inplace ? "py::ibitand" : "py::bitand_";
    case K::FloorDiv: return inplace ? "py::ifloordiv" : "py::floordiv";
  }
  return "";
}

// ---------------------------------------------------------------- names

Operand Emitter::name_load(const ast::Name& n) {
  NameRef r = resolve(n.id, ctx_);
  if ((r.kind == NameKind::Builtin || (r.kind == NameKind::ClassNs && !is_module_global(n.id))) &&
      is_builtin_not_provided(n.id))
    unsupported(n.loc, fmt::format("builtin '{}' is not available in pyco2cpp", n.id));
  std::string lit = cxx_string_literal(n.id);
  switch (r.kind) {
    case NameKind::Local: {
      // A parameter is bound on entry and stays bound unless something here
      // can unbind it: no check needed then.
      const Symbol* sym = r.owner->scope->find(n.id);
      if (sym && sym->is_param && !sym->unbindable) return {r.cxx, OperandKind::Local};
      if (r.owner->certainly_bound(n.id)) return {r.cxx, OperandKind::Local};
      return {fmt::format("py::load_local({}, {})", r.cxx, lit), OperandKind::Local};
    }
    case NameKind::Cell: return {fmt::format("py::cell_get({}, {}, false)", r.cxx, lit), OperandKind::Global};
    case NameKind::Free: return {fmt::format("py::cell_get({}, {}, true)", r.cxx, lit), OperandKind::Global};
    case NameKind::Global: return {fmt::format("py::load_global({}, {})", r.cxx, lit), OperandKind::Global};
    case NameKind::Builtin: return {fmt::format("py::load_global({}, {})", r.cxx, lit), OperandKind::Const};
    case NameKind::Undefined:
      return {fmt::format("(py::raise_name_error({}), Value())", lit), OperandKind::Effect};
    case NameKind::ClassNs: {
      // LOAD_NAME / LOAD_CLASSDEREF: the class namespace, then outward.
      std::string t = declare("Value", fresh(Helper::Temp));
      out_->open(fmt::format("if (Value* p_ = py::ns_lookup({}, {}))", r.cxx, constant_str(n.id)));
      out_->linef("{} = *p_;", t);
      out_->middle("} else {");
      const Symbol* sym = ctx_->scope->find(n.id);
      FuncCtx* saved = ctx_;
      if (sym && sym->binding == Binding::Free) {
        FuncCtx* p = ctx_->parent;
        while (p->scope->kind == ScopeKind::Class) p = p->parent;
        ctx_ = p;
        out_->linef("{} = {};", t, name_load(n).code);
      } else if (is_module_global(n.id) || is_builtin_name(n.id)) {
        std::string ref = is_module_global(n.id) ? global_ref(n.id) : builtin_ref(n.id);
        out_->linef("{} = py::load_global({}, {});", t, ref, lit);
      } else {
        out_->linef("py::raise_name_error({});", lit);
      }
      ctx_ = saved;
      out_->close();
      return temp_operand(t);
    }
  }
  return {};
}

// A name free in a class body is there by `nonlocal`: binding it stores to
// the enclosing function's variable (STORE_DEREF / DELETE_DEREF), while
// reading it looks in the namespace first (LOAD_CLASSDEREF, in name_load).
Emitter::NameRef Emitter::resolve_for_binding(const std::string& id) {
  NameRef r = resolve(id, ctx_);
  if (r.kind != NameKind::ClassNs) return r;
  const Symbol* sym = ctx_->scope->find(id);
  if (!sym || sym->binding != Binding::Free) return r;
  FuncCtx* p = ctx_->parent;
  while (p->scope->kind == ScopeKind::Class) p = p->parent;
  return resolve(id, p);
}

void Emitter::name_store(const std::string& id, const std::string& val, const ast::Loc& loc) {
  NameRef r = resolve_for_binding(id);
  switch (r.kind) {
    case NameKind::Local:
    case NameKind::Global: out_->linef("{} = {};", r.cxx, val); break;
    case NameKind::Cell:
    case NameKind::Free: out_->linef("py::cell_set({}, {});", r.cxx, val); break;
    case NameKind::ClassNs: out_->linef("py::ns_store({}, {}, {});", r.cxx, constant_str(id), val); break;
    default: unsupported(loc, fmt::format("internal: cannot store to '{}'", id));
  }
}

void Emitter::name_delete(const std::string& id, const ast::Loc& loc) {
  NameRef r = resolve_for_binding(id);
  std::string lit = cxx_string_literal(id);
  switch (r.kind) {
    case NameKind::Local: out_->linef("py::load_local({}, {});", r.cxx, lit), out_->linef("{}.clear();", r.cxx); break;
    case NameKind::Global:
      out_->linef("if ({}.is_unbound()) py::raise_name_error({});", r.cxx, lit);
      out_->linef("{}.clear();", r.cxx);
      break;
    case NameKind::Cell: out_->linef("py::cell_clear({}, {}, false);", r.cxx, lit); break;
    case NameKind::Free: out_->linef("py::cell_clear({}, {}, true);", r.cxx, lit); break;
    case NameKind::ClassNs: out_->linef("py::ns_delete({}, {});", r.cxx, constant_str(id)); break;
    default: unsupported(loc, fmt::format("internal: cannot delete '{}'", id));
  }
}

// ---------------------------------------------------------------- expressions

static bool fits_int64(const std::string& digits) {
  return digits.size() < 19 || (digits.size() == 19 && digits <= "9223372036854775807");
}

std::optional<std::string> Emitter::small_int_literal(const ast::Expr& e) {
  auto* c = e.as<ast::Constant>();
  if (!c || c->value_kind != ast::ConstKind::Int || !fits_int64(c->value)) return std::nullopt;
  return fmt::format("INT64_C({})", c->value);
}

std::optional<Operand> Emitter::negated_constant(const ast::Constant& c) {
  if (c.value_kind == ast::ConstKind::Int) {
    if (c.value == "9223372036854775808") return Operand{"Value::from_int(INT64_MIN)", OperandKind::Const};
    if (fits_int64(c.value)) return Operand{fmt::format("Value::from_int(-INT64_C({}))", c.value), OperandKind::Const};
  }
  if (c.value_kind == ast::ConstKind::Float) {
    double v = std::strtod(c.value.c_str(), nullptr);
    if (!std::isinf(v)) return Operand{"Value::from_float(" + cxx_double(-v) + ")", OperandKind::Const};
  }
  if (c.value_kind == ast::ConstKind::Imag) {  // -(1j) is complex(-0.0, -1.0)
    double v = std::strtod(c.value.c_str(), nullptr);
    return Operand{constant_complex(-0.0, -v), OperandKind::Const};
  }
  return std::nullopt;  // a big int, or inf: negated at run time
}

// INT64_MIN goes by name: as digits it would be the negation of a literal
// that overflows.
std::optional<std::string> cxx_int64(__int128 v) {
  if (v < INT64_MIN || v > INT64_MAX) return std::nullopt;
  if (v == INT64_MIN) return "INT64_MIN";
  return fmt::format("INT64_C({})", int128_to_string(v));
}

// The infinity: an overflowing literal (1e400, 1e400j) or a folded
// `1e300 * 1e300`.
std::string cxx_double(double v) {
  if (std::isinf(v)) return v > 0 ? "__builtin_inf()" : "-__builtin_inf()";
  return fmt::format("{:a}", v);
}

Operand Emitter::folded_operand(const Folded& k) {
  switch (k.kind) {
    case Folded::Kind::Int:
      if (std::optional<std::string> small = cxx_int64(k.i))
        return Operand{"Value::from_int(" + *small + ")", OperandKind::Const};
      return Operand{constant_bigint(int128_to_string(k.i)), OperandKind::Const};
    case Folded::Kind::Float: return Operand{"Value::from_float(" + cxx_double(k.f) + ")", OperandKind::Const};
    case Folded::Kind::Str: return Operand{constant_str(k.text), OperandKind::Const};
    case Folded::Kind::Bytes: return Operand{constant_bytes(k.text), OperandKind::Const};
  }
  std::abort();  // every Folded::Kind is handled above
}

std::optional<Operand> Emitter::folded(const ast::Expr& e) {
  if (std::optional<Folded> k = fold_constant(e)) return folded_operand(*k);
  return std::nullopt;
}

Operand Emitter::constant(const ast::Constant& c) {
  switch (c.value_kind) {
    case ast::ConstKind::None: return {"Value::none()", OperandKind::Const};
    case ast::ConstKind::True: return {"Value::from_bool(true)", OperandKind::Const};
    case ast::ConstKind::False: return {"Value::from_bool(false)", OperandKind::Const};
    case ast::ConstKind::Ellipsis: return {"py::ellipsis()", OperandKind::Const};
    case ast::ConstKind::Int: {
      const std::string& d = c.value;
      if (fits_int64(d)) return {fmt::format("Value::from_int(INT64_C({}))", d), OperandKind::Const};
      return {constant_bigint(d), OperandKind::Const};
    }
    case ast::ConstKind::Float: {
      double v = std::strtod(c.value.c_str(), nullptr);
      return {"Value::from_float(" + cxx_double(v) + ")", OperandKind::Const};
    }
    case ast::ConstKind::Imag: return {constant_complex(0.0, std::strtod(c.value.c_str(), nullptr)), OperandKind::Const};
    case ast::ConstKind::Str: return {constant_str(c.value), OperandKind::Const};
    case ast::ConstKind::Bytes: return {constant_bytes(c.value), OperandKind::Const};
  }
  return {};
}

// Long runs of steps go in groups (kStatementsPerGroup). A group with an
// operand that can suspend stays inline: a resume label cannot be inside a
// lambda.
void Emitter::emit_in_groups(const std::vector<const ast::Expr*>& operands, const std::function<void(size_t)>& step) {
  for (size_t begin = 0; begin < operands.size(); begin += kStatementsPerGroup) {
    size_t end = std::min(operands.size(), begin + kStatementsPerGroup);
    bool can_suspend = std::any_of(operands.begin() + begin, operands.begin() + end,
                                   [&](const ast::Expr* x) { return scopes_.can_suspend(*x); });
    if (!can_suspend) out_->open(kNoinlineGroup);
    for (size_t i = begin; i < end; ++i) step(i);
    if (!can_suspend) out_->close("}();");
  }
}

// `a + b + c + ...` nests one call per operator down its left operands.
// Nested that deep, both clang-format and g++ take time that grows with the
// square of the chain, so a long chain is emitted as statements into one
// accumulator, innermost operator first (the order Python evaluates it in),
// in groups (emit_in_groups).
Operand Emitter::binop(const ast::BinOp& top) {
  constexpr size_t kLongChain = 16;
  std::vector<const ast::BinOp*> chain{&top};  // outermost first
  while (auto* inner = chain.back()->left->as<ast::BinOp>()) chain.push_back(inner);
  auto apply = [&](const ast::BinOp& b, const std::string& left, const std::string& right) {
    return fmt::format("{}({}, {})", binop_fn(b.op, false), left, right);
  };
  if (chain.size() < kLongChain) {
    auto parts = ordered({top.left.get(), top.right.get()});
    return {apply(top, parts[0].code, parts[1].code), OperandKind::Effect};
  }
  const ast::BinOp& innermost = *chain.back();
  auto first = ordered({innermost.left.get(), innermost.right.get()});
  std::string acc = temp({apply(innermost, first[0].code, first[1].code), OperandKind::Effect});
  std::vector<const ast::Expr*> rights;  // in the order they are applied
  for (size_t i = chain.size() - 1; i-- > 0;) rights.push_back(chain[i]->right.get());
  emit_in_groups(rights, [&](size_t step) {
    Operand right = ordered({rights[step]})[0];
    out_->linef("{} = {};", acc, apply(*chain[chain.size() - 2 - step], acc, right.code));
  });
  return temp_operand(acc);
}

// `m.x` where m is a module global bound only by `import m`, and x a name
// CPython's m has and the runtime's lacks: an error here, at compile time,
// as `from m import x` is (available_names.h).
void Emitter::reject_missing_module_attribute(const ast::Name& module_name, const std::string& attr,
                                              const ast::Loc& loc) {
  if (resolve(module_name.id, ctx_).kind != NameKind::Global) return;
  const Symbol* sym = scopes_.module->find(module_name.id);
  if (!sym || sym->imported_module.empty() || !is_module_name_not_provided(sym->imported_module, attr)) return;
  unsupported(loc, fmt::format("'{}' of module '{}' is not available in pyco2cpp", attr, sym->imported_module));
}

Operand Emitter::expr(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::Constant: return constant(*e.as<ast::Constant>());
    case K::Name: return name_load(*e.as<ast::Name>());
    case K::BinOp:
      if (auto k = folded(e)) return *k;
      return binop(*e.as<ast::BinOp>());
    case K::UnaryOp: {
      auto* u = e.as<ast::UnaryOp>();
      if (auto* c = u->operand->as<ast::Constant>(); c && u->op == ast::UnaryOpKind::USub)
        if (auto negated = negated_constant(*c)) return *negated;
      if (auto k = folded(e)) return *k;
      std::string v = value(*u->operand);
      switch (u->op) {
        case ast::UnaryOpKind::Not: return {fmt::format("py::not_({})", v), OperandKind::Effect};
        case ast::UnaryOpKind::USub: return {fmt::format("py::neg({})", v), OperandKind::Effect};
        case ast::UnaryOpKind::UAdd: return {fmt::format("py::pos({})", v), OperandKind::Effect};
        case ast::UnaryOpKind::Invert: return {fmt::format("py::invert({})", v), OperandKind::Effect};
      }
      return {};
    }
    case K::BoolOp: return boolop(*e.as<ast::BoolOp>());
    case K::Compare: return compare(*e.as<ast::Compare>());
    case K::Call: return call(*e.as<ast::Call>());
    case K::Attribute: {
      auto* a = e.as<ast::Attribute>();
      if (auto* n = a->value->as<ast::Name>()) reject_missing_module_attribute(*n, a->attr, a->loc);
      return {fmt::format("py::getattr({}, {})", value(*a->value), constant_str(a->attr)), OperandKind::Effect};
    }
    case K::Subscript: {
      auto* s = e.as<ast::Subscript>();
      if (auto* sl = s->slice->as<ast::Slice>()) {
        auto parts = ordered({s->value.get(), sl->lower.get(), sl->upper.get(), sl->step.get()});
        return {fmt::format("py::getitem({}, py::make_slice({}, {}, {}))", parts[0], parts[1], parts[2], parts[3]),
                OperandKind::Effect};
      }
      auto parts = ordered({s->value.get(), s->slice.get()});
      return {fmt::format("py::getitem({}, {})", parts[0], parts[1]), OperandKind::Effect};
    }
    case K::Slice: {
      auto* sl = e.as<ast::Slice>();
      auto parts = ordered({sl->lower.get(), sl->upper.get(), sl->step.get()});
      return {fmt::format("py::make_slice({}, {}, {})", parts[0], parts[1], parts[2]), OperandKind::Effect};
    }
    case K::List:
    case K::Tuple:
    case K::Set:
    case K::Dict: return display(e);
    case K::ListComp:
    case K::SetComp:
    case K::DictComp: return comprehension(e);
    case K::GeneratorExp: return genexp(*e.as<ast::GeneratorExp>());
    case K::Lambda: {
      auto* l = e.as<ast::Lambda>();
      std::string made = emit_function(FunctionView::of(*l, scope_of(*l)), qualname_for("<lambda>"));
      return temp_operand(temp({made, OperandKind::Effect}));
    }
    case K::IfExp: {
      auto* i = e.as<ast::IfExp>();
      std::string t = declare("Value", fresh(Helper::Temp));
      out_->open(fmt::format("if ({})", truth(*i->test)));
      out_->linef("{} = {};", t, value(*i->body));
      out_->middle("} else {");
      out_->linef("{} = {};", t, value(*i->orelse));
      out_->close();
      return temp_operand(t);
    }
    case K::NamedExpr: {
      auto* n = e.as<ast::NamedExpr>();
      std::string v = temp(expr(*n->value));
      name_store(n->target->as<ast::Name>()->id, v, n->loc);
      return temp_operand(v);
    }
    case K::JoinedStr: return fstring(*e.as<ast::JoinedStr>());
    case K::FormattedValue: unsupported(e.loc, "internal: a formatted value outside an f-string");
    case K::Starred: unsupported(e.loc, "starred expression here");
    case K::Await: return await_expr(*e.as<ast::Await>());
    case K::Yield: return emit_yield(e.as<ast::Yield>()->value.get(), e.loc, true);
    case K::YieldFrom: return yield_from_expr(*e.as<ast::YieldFrom>());
  }
  unsupported(e.loc, "this expression");
}

Operand Emitter::boolop(const ast::BoolOp& b) {
  std::string first = value(*b.values[0]);
  std::string t = declare("Value", fresh(Helper::Temp), first);
  size_t opened = 0;
  for (size_t i = 1; i < b.values.size(); ++i) {
    out_->open(fmt::format("if ({}py::truthy({}))", b.op == ast::BoolOpKind::And ? "" : "!", t));
    ++opened;
    out_->linef("{} = {};", t, value(*b.values[i]));
  }
  for (size_t i = 0; i < opened; ++i) out_->close();
  return temp_operand(t);
}

Operand Emitter::compare(const ast::Compare& c) {
  auto cmp = [](ast::CmpOpKind op, const std::string& a, const std::string& b) -> std::string {
    switch (op) {
      case ast::CmpOpKind::Eq: return fmt::format("py::eq({}, {})", a, b);
      case ast::CmpOpKind::NotEq: return fmt::format("py::ne({}, {})", a, b);
      case ast::CmpOpKind::Lt: return fmt::format("py::lt({}, {})", a, b);
      case ast::CmpOpKind::LtE: return fmt::format("py::le({}, {})", a, b);
      case ast::CmpOpKind::Gt: return fmt::format("py::gt({}, {})", a, b);
      case ast::CmpOpKind::GtE: return fmt::format("py::ge({}, {})", a, b);
      case ast::CmpOpKind::Is: return fmt::format("Value::from_bool(py::is_({}, {}))", a, b);
      case ast::CmpOpKind::IsNot: return fmt::format("Value::from_bool(!py::is_({}, {}))", a, b);
      case ast::CmpOpKind::In: return fmt::format("Value::from_bool(py::contains({}, {}))", b, a);
      case ast::CmpOpKind::NotIn: return fmt::format("Value::from_bool(!py::contains({}, {}))", b, a);
    }
    return "";
  };
  if (c.ops.size() == 1) {
    auto parts = ordered({c.left.get(), c.comparators[0].get()});
    return {cmp(c.ops[0], parts[0].code, parts[1].code), OperandKind::Effect};
  }
  // a < b < c: each middle operand evaluated once, stop at the first false.
  std::string r = declare("Value", fresh(Helper::Temp));
  std::string left = temp(expr(*c.left));
  size_t opened = 0;
  for (size_t i = 0; i < c.ops.size(); ++i) {
    std::string right = temp(expr(*c.comparators[i]));
    out_->linef("{} = {};", r, cmp(c.ops[i], left, right));
    left = right;
    if (i + 1 < c.ops.size()) {
      out_->open(fmt::format("if (py::truthy({}))", r));
      ++opened;
    }
  }
  for (size_t i = 0; i < opened; ++i) out_->close();
  return temp_operand(r);
}

Operand Emitter::call(const ast::Call& c) {
  if (auto* attr = c.func->as<ast::Attribute>())
    if (auto* module_name = attr->value->as<ast::Name>())
      reject_missing_module_attribute(*module_name, attr->attr, attr->loc);
  bool has_star = false;
  for (auto& a : c.args) has_star |= a->kind == ast::ExprKind::Starred;
  for (auto& k : c.keywords) has_star |= k.arg.empty();

  // Zero-argument super(): the method's __class__ cell and first argument.
  if (auto* n = c.func->as<ast::Name>(); n && n->id == "super" && c.args.empty() && c.keywords.empty() &&
                                          resolve("super", ctx_).kind == NameKind::Builtin) {
    FuncCtx* f = ctx_;
    while (f->inline_in_parent && f->parent) f = f->parent;
    auto it = std::find(f->freevars.begin(), f->freevars.end(), "__class__");
    const Symbol* first = nullptr;
    for (auto& s : f->scope->symbols)
      if (s.is_param) {
        first = &s;
        break;
      }
    if (it == f->freevars.end() || !first) throw Unsupported{c.loc, "super(): no arguments"};
    std::string cell = fmt::format("py::func_cell(self_, {})", it - f->freevars.begin());
    FuncCtx* saved = ctx_;
    ctx_ = f;
    ast::Name self_name;
    self_name.id = first->name;
    std::string self = name_load(self_name).code;
    ctx_ = saved;
    return {fmt::format("py::make_super({}, {})", cell, self), OperandKind::Effect};
  }

  if (has_star) {
    std::string f = temp(expr(*c.func));
    std::string pos = declare("Value", fresh(Helper::Temp), "py::new_list({})");
    for (auto& a : c.args) {
      if (auto* s = a->as<ast::Starred>())
        out_->linef("py::list_extend({}, {});", pos, value(*s->value));
      else
        out_->linef("py::list_append({}, {});", pos, value(*a));
    }
    std::string kw = "Value()";
    if (!c.keywords.empty()) {
      kw = declare("Value", fresh(Helper::Temp), "py::new_dict()");
      for (auto& k : c.keywords) {
        if (k.arg.empty())
          out_->linef("py::dict_merge_kwargs({}, {}, {});", kw, value(*k.value), f);
        else
          out_->linef("py::dict_setitem({}, {}, {});", kw, constant_str(k.arg), value(*k.value));
      }
    }
    return {fmt::format("py::call_ex({}, py::list_to_tuple({}), {})", f, pos, kw), OperandKind::Effect};
  }

  std::vector<const ast::Expr*> operands;
  auto* attr = c.func->as<ast::Attribute>();
  if (attr && attr->attr != "send" && arguments_may_effect(c)) return method_call_lookup_first(c, *attr);
  // A module-level function bound only by its def can't be rebound while
  // the arguments are evaluated (that would mean re-running module code), so
  // its load stays in place instead of being copied first.
  auto* callee_name = c.func->as<ast::Name>();
  bool known_callee = callee_name && known_functions_.count(callee_name->id) &&
                      resolve(callee_name->id, ctx_).kind == NameKind::Global;
  operands.push_back(attr ? attr->value.get() : known_callee ? nullptr : c.func.get());
  for (auto& a : c.args) operands.push_back(a.get());
  std::vector<std::string> names;
  for (auto& k : c.keywords) operands.push_back(k.value.get()), names.push_back(k.arg);
  if (known_callee) require_bound_first(*callee_name, operands);
  auto parts = ordered(operands);
  if (known_callee) parts[0] = name_load(*callee_name);
  size_t nargs = c.args.size();
  // obj.send(v): a generator's `send` is always generator.send (the type is
  // fixed and has no instance dict), so the method lookup is a type check,
  // and where the receiver's machine can be guessed it is resumed inline,
  // borrowing a variable's value (no argument array).
  bool is_send = attr && attr->attr == "send" && nargs == 1 && names.empty() &&
                 c.args[0]->kind != ast::ExprKind::Starred;
  if (is_send) {
    std::string guess;
    if (auto* recv = attr->value->as<ast::Name>())
      if (auto g = ctx_->generator_guess.find(recv->id); g != ctx_->generator_guess.end()) guess = g->second;
    if (!guess.empty()) {
      std::string sent = parts[1].is_temp ? "std::move(" + parts[1].code + ")" : parts[1].code;
      return {fmt::format("py::send_method_as<{}>({}, {})", guess, parts[0], sent), OperandKind::Effect};
    }
  }
  std::string arr = parts.size() > 1 ? argument_array(parts, 1) : "nullptr";
  std::string kw = names.empty() ? "nullptr" : kwnames(names);
  size_t total = parts.size() - 1;
  if (is_send) return {fmt::format("py::send_method({}, {}[0])", parts[0], arr), OperandKind::Effect};
  if (attr && is_imported_module(*attr->value))
    return {fmt::format("py::call_module_attr_drop({}, {}, {}, {}, {}, {}, {})", parts[0], constant_str(attr->attr),
                        module_attr_site(), arr, nargs, kw, total),
            OperandKind::Effect};
  if (attr && total == 0)
    return {fmt::format("py::call_method({}, {}, nullptr, 0, nullptr)", parts[0], constant_str(attr->attr)),
            OperandKind::Effect};
  if (attr)
    return {fmt::format("py::call_method_drop({}, {}, {}, {}, {}, {})", parts[0], constant_str(attr->attr), arr,
                        nargs, kw, total),
            OperandKind::Effect};
  if (auto* n = c.func->as<ast::Name>(); n && names.empty()) {
    auto it = known_functions_.find(n->id);
    if (it != known_functions_.end() && resolve(n->id, ctx_).kind == NameKind::Global && nargs > 0) {
      if (binds_positionally(it->second->args, nargs))
        return {fmt::format("py::call_known({}, {}, {}, {}, {})", parts[0], Names::known_function(n->id),
                            known_names_.at(it->second).entry(), arr, nargs),
                OperandKind::Effect};
    }
  }
  if (total == 0) return {fmt::format("py::call({}, nullptr, 0, nullptr)", parts[0]), OperandKind::Effect};
  return {fmt::format("py::call_drop({}, {}, {}, {}, {})", parts[0], arr, nargs, kw, total), OperandKind::Effect};
}

// A call's argument array from parts[from..]: temporaries are moved in
// (the call drops them when it returns), anything else copied.
std::string Emitter::argument_array(const std::vector<Operand>& parts, size_t from) {
  std::vector<std::string> elems;
  for (size_t i = from; i < parts.size(); ++i)
    elems.push_back(parts[i].is_temp ? "std::move(" + parts[i].code + ")" : parts[i].code);
  return declare_array(fresh(Helper::Args), elems, elems.size());
}

bool Emitter::arguments_may_effect(const ast::Call& c) const {
  for (auto& a : c.args)
    if (may_effect(*a)) return true;
  for (auto& k : c.keywords)
    if (may_effect(*k.value)) return true;
  return false;
}

// obj.m(args) where an argument may do something visible: the receiver,
// then the method's lookup (an AttributeError, a property's side effects),
// then the arguments, as CPython orders them.
Operand Emitter::method_call_lookup_first(const ast::Call& c, const ast::Attribute& attr) {
  std::string recv = temp(expr(*attr.value));
  std::string m = declare("py::MethodRef", fresh(Helper::Method),
                          fmt::format("py::load_method({}, {})", recv, constant_str(attr.attr)));
  std::vector<const ast::Expr*> operands;
  for (auto& a : c.args) operands.push_back(a.get());
  std::vector<std::string> names;
  for (auto& k : c.keywords) operands.push_back(k.value.get()), names.push_back(k.arg);
  auto parts = ordered(operands);
  std::string arr = argument_array(parts, 0);
  std::string kw = names.empty() ? "nullptr" : kwnames(names);
  return {fmt::format("py::call_loaded_method_drop({}, {}, {}, {}, {})", m, arr, c.args.size(), kw, parts.size()),
          OperandKind::Effect};
}

// A known function's name is read after the arguments (nothing can rebind
// it meanwhile), but if its def has not run yet, the NameError must come
// before any argument is evaluated.
void Emitter::require_bound_first(const ast::Name& callee, const std::vector<const ast::Expr*>& args) {
  if (std::any_of(args.begin(), args.end(), [&](const ast::Expr* a) { return a && may_effect(*a); }))
    out_->linef("(void){};", name_load(callee).code);
}

// What CPython's AST optimizer turns into a constant: literals, signed
// numbers, arithmetic on numbers (a power only while its result stays
// within 128 bits, CPython's limit), and tuples of those.
static bool folds_to_constant(const ast::Expr& x) {
  using K = ast::ExprKind;
  if (x.kind == K::Constant) return true;
  if (auto* u = x.as<ast::UnaryOp>()) return u->op != ast::UnaryOpKind::Not && folds_to_constant(*u->operand);
  if (auto* b = x.as<ast::BinOp>()) {
    auto* l = b->left->as<ast::Constant>();
    auto* r = b->right->as<ast::Constant>();
    auto is_number = [](const ast::Constant* k) {
      return !k || k->value_kind == ast::ConstKind::Int || k->value_kind == ast::ConstKind::Float ||
             k->value_kind == ast::ConstKind::Imag;
    };
    bool numeric = is_number(l) && is_number(r);
    if (!numeric || !folds_to_constant(*b->left) || !folds_to_constant(*b->right)) return false;
    if (b->op == ast::BinOpKind::Pow) {
      if (!l || !r || l->value_kind != ast::ConstKind::Int || r->value_kind != ast::ConstKind::Int) return false;
      double base_bits = std::log2(std::max(2.0, std::strtod(l->value.c_str(), nullptr)));
      return r->value.size() < 6 && base_bits * std::strtod(r->value.c_str(), nullptr) <= 128;
    }
    return true;
  }
  if (auto* t = x.as<ast::Tuple>())
    return std::all_of(t->elts.begin(), t->elts.end(), [&](auto& y) { return folds_to_constant(*y); });
  return false;
}

static bool all_constant(const ast::ExprList& elts) {
  return std::all_of(elts.begin(), elts.end(), [](auto& x) { return folds_to_constant(*x); });
}

Operand Emitter::display(const ast::Expr& e) {
  using K = ast::ExprKind;
  if (auto* d = e.as<ast::Dict>()) {
    std::string t = declare("Value", fresh(Helper::Temp), "py::new_dict()");
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i]) {
        out_->linef("py::dict_update({}, {});", t, value(*d->values[i]));
      } else {
        auto kv = ordered({d->keys[i].get(), d->values[i].get()});
        out_->linef("py::dict_setitem({}, {}, {});", t, kv[0], kv[1]);
      }
    }
    return temp_operand(t);
  }
  const ast::ExprList& elts = e.kind == K::List    ? e.as<ast::List>()->elts
                              : e.kind == K::Tuple ? e.as<ast::Tuple>()->elts
                                                   : e.as<ast::Set>()->elts;
  bool starred = std::any_of(elts.begin(), elts.end(), [](auto& x) { return x->kind == K::Starred; });
  constexpr size_t kLongDisplay = 64;
  if (e.kind == K::Tuple)
    if (auto k = constant_tuple(elts)) return {*k, OperandKind::Const};
  if (e.kind == K::List && elts.size() > kLongDisplay)
    if (auto k = constant_tuple(elts)) return {fmt::format("py::list_from_tuple({})", *k), OperandKind::Effect};
  // Thousands of items in one initializer list cost g++ more than linear
  // time (20,000 ints: 25 s), so a long display is appended to a list in
  // groups (emit_in_groups), then made what it is.
  if (!starred && elts.size() > kLongDisplay) {
    std::vector<const ast::Expr*> es;
    for (auto& x : elts) es.push_back(x.get());
    std::string t = declare("Value", fresh(Helper::Temp), "py::new_list({})");
    emit_in_groups(es, [&](size_t i) { out_->linef("py::list_append({}, {});", t, ordered({es[i]})[0].code); });
    if (e.kind == K::List) return temp_operand(t);
    if (e.kind == K::Tuple) return {fmt::format("py::list_to_tuple({})", t), OperandKind::Effect};
    return {fmt::format("py::list_to_set({}, {})", t, all_constant(elts) ? "true" : "false"), OperandKind::Effect};
  }
  if (!starred) {
    std::vector<const ast::Expr*> es;
    for (auto& x : elts) es.push_back(x.get());
    auto parts = ordered(es);
    std::string list = join_code(parts);
    bool all_const = all_constant(elts);
    const char* fn = e.kind == K::List    ? "py::new_list"
                     : e.kind == K::Tuple ? "py::new_tuple"
                     : (all_const && elts.size() >= 3) ? "py::new_set_const"  // CPython's frozenset-constant order
                                                       : "py::new_set";
    return {fmt::format("{}({{{}}})", fn, list), OperandKind::Effect};
  }
  bool is_set = e.kind == K::Set;
  std::string t = declare("Value", fresh(Helper::Temp), is_set ? "py::new_set({})" : "py::new_list({})");
  for (auto& x : elts) {
    if (auto* s = x->as<ast::Starred>())
      out_->linef("{}({}, {});", is_set ? "py::set_update" : "py::list_extend", t, value(*s->value));
    else
      out_->linef("{}({}, {});", is_set ? "py::set_add" : "py::list_append", t, value(*x));
  }
  if (e.kind == K::Tuple) return {fmt::format("py::list_to_tuple({})", t), OperandKind::Effect};
  return temp_operand(t);
}

// The `for` clauses of a comprehension or generator expression as nested
// loops (the outermost over `outer_iter`, already made where the expression
// stands), each condition skipping to the next item, `element` innermost.
// CPython's lines: the outermost loop at the expression's own line, an inner
// one at its iterable's, each condition and the element at theirs. An
// `async for` clause (only in a machine: the function is a coroutine or
// async generator) awaits each item from __anext__() until
// StopAsyncIteration.
void Emitter::emit_clause_loops(const ast::Expr& e, const ast::ComprehensionParts& parts,
                                const std::string& outer_iter, const std::function<void()>& element) {
  std::string it = outer_iter;
  for (size_t i = 0; i < parts.generators.size(); ++i) {
    const ast::Comprehension& clause = parts.generators[i];
    if (clause.is_async && !in_async_machine()) unsupported(clause.loc, "'async for' here");
    if (i > 0) {
      std::string inner_iter = value(*clause.iter);
      it = declare("Value", fresh(Helper::Iter),
                   fmt::format("{}({})", clause.is_async ? "py::async_iter" : "py::iter", inner_iter));
    }
    int line = i == 0 ? e.loc.line : clause.iter->loc.line;
    if (clause.is_async) {
      out_->open("for (;;)");
      store_line(line);
      start_delegation("async for", fmt::format("py::async_next_iter({})", it), clause.loc);
      out_->open("");
      out_->line("int got_ = py::async_for_step(f_, io_);");
      out_->line("if (got_ > 0) return py::Step::Suspended;");
      out_->line("if (got_ < 0) break;");
      out_->close();
      emit_assign_to(*clause.target, "std::move(io_)");
    } else {
      std::string item = declare("Value", fresh(Helper::Item));
      out_->open("for (;;)");
      store_line(line);
      out_->linef("if (!py::next({}, {})) break;", it, item);
      emit_assign_to(*clause.target, fmt::format("std::move({})", item));
    }
    for (auto& cond : clause.ifs) {
      store_line(cond->loc.line);
      out_->open("");
      out_->linef("if (!({})) continue;", truth(*cond));
      out_->close();
    }
  }
  element();
  for (size_t i = 0; i < parts.generators.size(); ++i) out_->close();
}

// A new temporary holding the empty list, set or dict a comprehension builds.
std::string Emitter::comprehension_result(const ast::Expr& e) {
  using K = ast::ExprKind;
  const char* init = e.kind == K::ListComp ? "py::new_list({})" : e.kind == K::SetComp ? "py::new_set({})" : "py::new_dict()";
  return declare("Value", fresh(Helper::Temp), init);
}

// A comprehension's loops (over `outer_iter`, the outermost iterator)
// adding each element to `result`.
void Emitter::build_comprehension(const ast::Expr& e, const ast::ComprehensionParts& parts,
                                  const std::string& outer_iter, const std::string& result) {
  using K = ast::ExprKind;
  emit_clause_loops(e, parts, outer_iter, [&] {
    store_line(parts.element.loc.line);
    if (parts.value) {
      auto kv = ordered({&parts.element, parts.value});
      out_->linef("py::dict_setitem({}, {}, {});", result, kv[0], kv[1]);
    } else {
      out_->linef("{}({}, {});", e.kind == K::ListComp ? "py::list_append" : "py::set_add", result,
                  value(parts.element));
    }
  });
}

Operand Emitter::comprehension(const ast::Expr& e) {
  using K = ast::ExprKind;
  const ast::ComprehensionParts parts = *ast::comprehension_parts(e);
  const std::vector<ast::Comprehension>* gens = &parts.generators;
  const Scope* scope = &scope_of(e);
  const char* code_name = e.kind == K::ListComp ? "<listcomp>" : e.kind == K::SetComp ? "<setcomp>" : "<dictcomp>";
  if (scope->function_kind == FunctionKind::Coroutine) {
    // An asynchronous comprehension (`async for`, or `await` inside) is,
    // as in CPython 3.11, a coroutine function of its own, called with the
    // outermost iterator and awaited at once.
    std::string coroutine = call_loops_function(FunctionView::of_async_comprehension(e, *scope, code_name), (*gens)[0]);
    return delegate("await", fmt::format("py::await_iter({})", coroutine), e.loc);
  }

  std::string result = comprehension_result(e);
  std::string outer_iter = value(*(*gens)[0].iter);  // in the enclosing scope
  std::string it0 = declare("Value", fresh(Helper::Iter), "py::iter(" + outer_iter + ")");
  out_->open("");
  // CPython 3.11 runs a comprehension as a function of its own: its frame
  // (<listcomp> ...) shows in tracebacks and counts toward the recursion
  // limit. It can't suspend, so its FrameScope is a C++ local even in a
  // generator (no resume label inside).
  FunctionNames comp_names = names_.function(qualname_for(code_name));
  code_info(comp_names, *scope, nullptr, code_name, qualname_for(code_name), e.loc.line, nullptr);
  std::string comp_frame = fresh(Helper::CompFrame);
  out_->linef("py::FrameScope {}(&{});", comp_frame, comp_names.code());
  std::string enclosing_frame = fn_.frame;
  fn_.frame = comp_frame + ".frame";
  FuncCtx cctx;
  cctx.scope = scope;
  cctx.parent = ctx_;
  cctx.inline_in_parent = true;
  cctx.suffix = names_.inline_scope_suffix();
  FuncCtx* saved = ctx_;
  ctx_ = &cctx;
  for (auto& s : scope->symbols) {
    if (s.name.empty() || s.name[0] == '.') continue;
    if (s.binding == Binding::Local) declare("Value", local_name(s.name, cctx));
    if (s.binding == Binding::Cell) declare("Value", cell_name(s.name, cctx), "py::make_cell()");
  }
  build_comprehension(e, parts, it0, result);
  ctx_ = saved;
  fn_.frame = enclosing_frame;
  out_->close();
  return temp_operand(result);
}

Operand Emitter::fstring(const ast::JoinedStr& j) {
  std::vector<std::string> parts;
  for (auto& v : j.values) {
    if (auto* c = v->as<ast::Constant>()) {
      parts.push_back(constant(*c).code);
      continue;
    }
    auto* fv = v->as<ast::FormattedValue>();
    if (!fv) unsupported(v->loc, "f-string part");
    std::string x = value(*fv->value);
    switch (fv->conversion) {
      case 's': x = fmt::format("py::str({})", x); break;
      case 'r': x = fmt::format("py::repr({})", x); break;
      case 'a': x = fmt::format("py::ascii({})", x); break;
      default: break;
    }
    std::string spec = "Value()";
    if (fv->format_spec) {
      std::string xt = temp({x, OperandKind::Effect});
      x = xt;
      spec = value(*fv->format_spec);
    }
    parts.push_back(temp({fmt::format("py::format({}, {})", x, spec), OperandKind::Effect}));
  }
  if (parts.size() == 1 && j.values[0]->as<ast::Constant>()) return {parts[0], OperandKind::Const};
  if (parts.empty()) return {constant_str(""), OperandKind::Const};
  std::string arr = declare_array(fresh(Helper::Args), parts, parts.size());
  return {fmt::format("py::join_strs({}, {})", arr, parts.size()), OperandKind::Effect};
}

}  // namespace pyco2cpp::codegen
