// Statements. Python exceptions are C++ exceptions (py::PyError), so
// try/except is a C++ try/catch. `finally` and `with` use completion
// records: a return/break/continue inside them stores what it was doing in
// `why_N`, jumps to `fin_N`, and after the clean-up code the jump resumes.
//
//     try:                          int why_7 = 0;
//         return f()                try { ret_ = f(); why_7 = 1; goto fin_7; }
//     finally:                      catch (py::PyError& e_7) {
//         print("bye")                py::HandlerScope h_7(e_7, true);
//                                     <print("bye")>; throw; }
//                                   fin_7:;
//                                   <print("bye")>
//                                   if (why_7 == 1) return ret_;
#include <fmt/format.h>

#include <algorithm>

#include "emitter.h"

namespace pyco2cpp::codegen {

namespace {
enum Why { kReturn = 1, kBreak = 2, kContinue = 3 };
}

void Emitter::set_line(const ast::Loc& loc) {
  out_->at_line(loc.line);
  store_line(loc.line);
}

void Emitter::store_line(int line) {
  out_->linef("{}.line = {};", fn_.frame, line);
  fn_.line = line;
}

void Emitter::emit_return(const Operand& v) {
  if (fn_.machine) {
    if (!v.is_sent) out_->linef("io_ = {};", v);  // (the value sent in is in io_ already)
    out_->line("return py::Step::Returned;");
  } else {
    out_->linef("return {};", v);
  }
}

bool Emitter::ends_in_return(const FunctionView& fn) {
  switch (fn.body()) {
    case FunctionView::Body::Statements:
      return !fn.statements().empty() && fn.statements().back()->kind == ast::StmtKind::Return;
    case FunctionView::Body::Expression: return true;        // a lambda returns its value
    case FunctionView::Body::GeneratorLoops: return false;  // a genexp ends when its loops do
    case FunctionView::Body::ComprehensionLoops: return true;
  }
  return false;
}

namespace {
// Whether a statement may leave the statements around it other than by
// falling through or raising: return, break or continue in it (in this
// scope; a nested loop's own break counts too, which is only cautious).
bool may_jump_out(const ast::Stmt& s) {
  if (s.kind == ast::StmtKind::Return || s.kind == ast::StmtKind::Break || s.kind == ast::StmtKind::Continue)
    return true;
  bool jumps = false;
  ast::for_each_child(s, ast::Reach::ThisScope, [&](const auto& child) {
    if constexpr (std::is_same_v<std::decay_t<decltype(child)>, ast::Stmt>) jumps = jumps || may_jump_out(child);
  });
  return jumps;
}
}  // namespace

// A long block costs g++ time with the square of its statements, as a long
// expression does (a 1,000-statement function took 18 s), so a block longer
// than one group puts its runs of statements in noinline groups
// (kStatementsPerGroup). Only statements that fall through or raise may go
// in one: a return, break or continue, and a resume label, cannot cross a
// lambda. Short runs are not worth a call.
void Emitter::emit_block(const ast::StmtList& body) {
  constexpr size_t kShortestGroup = 8;
  bool long_block = body.size() > kStatementsPerGroup;
  for (size_t begin = 0; begin < body.size();) {
    size_t end = begin;
    while (long_block && end < body.size() && end - begin < kStatementsPerGroup && !scopes_.can_suspend(*body[end]) &&
           !may_jump_out(*body[end]))
      ++end;
    bool group = end - begin >= kShortestGroup;
    if (!group) end = begin + 1;
    if (group) out_->open(kNoinlineGroup);
    for (size_t i = begin; i < end; ++i) emit_stmt(*body[i]);
    if (group) out_->close("}();");
    begin = end;
  }
}

void Emitter::emit_stmt(const ast::Stmt& s) {
  size_t mark = fn_.gen_temps.size();
  bool outer_cannot_suspend = fn_.in_stmt_that_cannot_suspend;
  if (fn_.machine && !scopes_.can_suspend(s)) fn_.in_stmt_that_cannot_suspend = true;
  const NameSet* outer_bound = ctx_->bound_now;
  auto bound = ctx_->bound_before.find(&s);
  ctx_->bound_now = bound == ctx_->bound_before.end() ? nullptr : &bound->second;
  emit_stmt_inner(s);
  fn_.in_stmt_that_cannot_suspend = outer_cannot_suspend;
  ctx_->bound_now = outer_bound;
  if (fn_.machine) release_gen_temps(mark);
}

void Emitter::emit_stmt_inner(const ast::Stmt& s) {
  set_line(s.loc);
  switch (s.kind) {
    case ast::StmtKind::Expr: {
      out_->open("");
      auto* e = s.as<ast::ExprStmt>();
      if (auto* y = e->value->as<ast::Yield>(); y && fn_.machine) {
        // `yield v` as a statement: the value sent in is dropped unread.
        emit_yield(y->value.get(), y->loc, false);
      } else if (!e->value->as<ast::Constant>()) {  // a docstring or bare constant does nothing
        Operand op = expr(*e->value);
        out_->linef("(void)({});", op.code);
      }
      out_->close();
      break;
    }
    case ast::StmtKind::Assign: {
      auto* a = s.as<ast::Assign>();
      out_->open("");
      Operand v = expr(*a->value);
      std::string val = (a->targets.size() == 1 && a->targets[0]->as<ast::Name>()) ? v.code : temp(v);
      for (auto& t : a->targets) emit_assign_to(*t, val);
      out_->close();
      break;
    }
    case ast::StmtKind::AugAssign: {
      auto* a = s.as<ast::AugAssign>();
      out_->open("");
      std::string fn = binop_fn(a->op, true);
      auto* n = a->target->as<ast::Name>();
      NameKind kind = n ? resolve(n->id, ctx_).kind : NameKind::Undefined;
      if (n && a->op == ast::BinOpKind::Add && (kind == NameKind::Local || kind == NameKind::Global)) {
        // Passing the variable itself lets a str only it references grow in
        // place, which keeps `s += t` loops linear (CPython does the same).
        // The variable is read before the right-hand side runs (unbound, it
        // raises first). A local can't change meanwhile; a global can (a call
        // may rebind it): then the sum is of the value read first.
        std::string var = resolve(n->id, ctx_).cxx;
        std::string lit = cxx_string_literal(n->id);
        if (kind == NameKind::Global && may_effect(*a->value)) {
          std::string before = declare("Value", fresh(Helper::Temp), fmt::format("py::load_global({}, {})", var, lit));
          std::string rhs = temp(expr(*a->value));
          out_->open(fmt::format("if ({}.same({}))", var, before));
          out_->linef("{}.clear();", before);  // only the variable references it: it may grow in place
          out_->linef("py::iadd_into({}, {});", var, rhs);
          out_->middle("} else {");
          out_->linef("{} = py::iadd({}, {});", var, before, rhs);
          out_->close();
        } else {
          bool bound = kind == NameKind::Local && ctx_->certainly_bound(n->id);
          if (!bound) out_->linef("{}({}, {});", kind == NameKind::Local ? "py::load_local" : "py::load_global", var, lit);
          if (auto k = small_int_literal(*a->value)) {
            // `i += 1`: the constant stays an immediate (a Value would be
            // built in memory on the fast path for the slow path's sake).
            out_->linef("py::iadd_int_into({}, {});", var, *k);
            out_->close();
            break;
          }
          Operand r = expr(*a->value);
          std::string rhs = r.kind == OperandKind::Const || r.kind == OperandKind::Local ? r.code : temp(r);
          out_->linef("py::iadd_into({}, {});", var, rhs);
        }
      } else if (n) {
        std::string cur = temp(name_load(*n));
        std::string rhs = value(*a->value);
        name_store(n->id, fmt::format("{}({}, {})", fn, cur, rhs), n->loc);
      } else if (auto* at = a->target->as<ast::Attribute>()) {
        std::string obj = temp(expr(*at->value));
        std::string name = constant_str(at->attr);
        std::string cur = declare("Value", fresh(Helper::Temp), fmt::format("py::getattr({}, {})", obj, name));
        std::string rhs = value(*a->value);
        out_->linef("py::setattr({}, {}, {}({}, {}));", obj, name, fn, cur, rhs);
      } else if (auto* sub = a->target->as<ast::Subscript>()) {
        std::string obj = temp(expr(*sub->value));
        std::string key = temp(expr(*sub->slice));
        std::string cur = declare("Value", fresh(Helper::Temp), fmt::format("py::getitem({}, {})", obj, key));
        std::string rhs = value(*a->value);
        out_->linef("py::setitem({}, {}, {}({}, {}));", obj, key, fn, cur, rhs);
      } else {
        unsupported(a->target->loc, "augmented assignment to this target");
      }
      out_->close();
      break;
    }
    case ast::StmtKind::AnnAssign: {
      // CPython's order: the value and the assignment; without a value, the
      // parts of an attribute or subscript target (not the store); then, in
      // a module or class body only, the annotation, kept in __annotations__
      // for a simple name.
      auto* a = s.as<ast::AnnAssign>();
      auto evaluate = [&](const ast::Expr& e) {
        if (e.as<ast::Constant>()) return;
        out_->linef("(void)({});", expr(e).code);
      };
      out_->open("");
      if (a->value) {
        std::string v = value(*a->value);
        emit_assign_to(*a->target, v);
      } else if (auto* attr = a->target->as<ast::Attribute>()) {
        evaluate(*attr->value);
      } else if (auto* sub = a->target->as<ast::Subscript>()) {
        evaluate(*sub->value);
        evaluate(*sub->slice);
      }
      ScopeKind kind = ctx_->scope->kind;
      if (kind == ScopeKind::Module || kind == ScopeKind::Class) {
        auto* name = a->target->as<ast::Name>();
        if (name && a->simple) {
          std::string annotation = value(*a->annotation);
          ast::Name dict;
          dict.id = "__annotations__";
          dict.loc = a->loc;
          out_->linef("py::setitem({}, {}, {});", name_load(dict).code, constant_str(name->id), annotation);
        } else {
          evaluate(*a->annotation);
        }
      }
      out_->close();
      break;
    }
    case ast::StmtKind::Return: {
      auto* r = s.as<ast::Return>();
      // In a machine, a block of its own: its temporaries may be C++ locals
      // (see declares_members()), which must not reach a later resume label.
      if (fn_.machine) out_->open("");
      Operand v = r->value ? expr(*r->value) : Operand{"Value::none()", OperandKind::Const};
      bool through_cleanup = false;
      for (auto& u : ctx_->unwind) through_cleanup |= u.kind != Unwind::Loop;
      if (!through_cleanup) {
        emit_return(v);
      } else {
        fn_.uses_ret = true;
        out_->linef("{} = {};", V("ret_"), v);
        emit_jump(Unwind::Finally, kReturn);
      }
      if (fn_.machine) out_->close();
      break;
    }
    case ast::StmtKind::Delete:
      for (auto& t : s.as<ast::Delete>()->targets) emit_delete(*t);
      break;
    case ast::StmtKind::If: emit_if(*s.as<ast::If>()); break;
    case ast::StmtKind::While: emit_while(*s.as<ast::While>()); break;
    case ast::StmtKind::For: emit_for(*s.as<ast::For>()); break;
    case ast::StmtKind::Try: {
      auto* t = s.as<ast::Try>();
      if (t->finalbody.empty())
        emit_try({t->body, t->handlers, t->orelse, t->is_star});
      else
        emit_try_finally(*t);
      break;
    }
    case ast::StmtKind::With: {
      auto* w = s.as<ast::With>();
      if (w->is_async)
        emit_async_with(*w, 0);
      else
        emit_with(*w, 0);
      break;
    }
    case ast::StmtKind::Raise: {
      auto* r = s.as<ast::Raise>();
      out_->open("");
      if (!r->exc) {
        out_->line("py::reraise();");
      } else if (!r->cause) {
        out_->linef("py::raise({});", value(*r->exc));
      } else {
        std::string e = temp(expr(*r->exc));
        out_->linef("py::raise_from({}, {});", e, value(*r->cause));
      }
      out_->close();
      break;
    }
    case ast::StmtKind::Assert: {
      auto* a = s.as<ast::Assert>();
      out_->open("");
      out_->open(fmt::format("if (!({}))", truth(*a->test)));
      out_->linef("py::raise_assertion({});", a->msg ? value(*a->msg) : "Value()");
      out_->close();
      out_->close();
      break;
    }
    case ast::StmtKind::Import: emit_import(*s.as<ast::Import>()); break;
    case ast::StmtKind::ImportFrom: emit_import_from(*s.as<ast::ImportFrom>()); break;
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
    case ast::StmtKind::Pass: break;
    case ast::StmtKind::Break: emit_jump(Unwind::Loop, kBreak); break;
    case ast::StmtKind::Continue: emit_jump(Unwind::Loop, kContinue); break;
    case ast::StmtKind::FunctionDef: {
      auto* f = s.as<ast::FunctionDef>();
      out_->open("");
      std::vector<std::string> decorators = decorator_values(f->decorator_list, f->loc);
      std::string made = emit_function(FunctionView::of(*f, scope_of(*f)), qualname_for(f->name));
      std::string fn = declare("Value", fresh(Helper::FuncValue), made);
      apply_decorators(f->decorator_list, decorators, fn);
      if (ctx_->scope->kind == ScopeKind::Module && known_functions_.count(f->name) &&
          known_functions_.at(f->name) == f)
        out_->linef("{} = {}.obj();", Names::known_function(f->name), fn);
      name_store(ast::bound_name(*f), fn, f->loc);
      out_->close();
      break;
    }
    case ast::StmtKind::ClassDef: emit_class(*s.as<ast::ClassDef>()); break;
  }
}

// ---------------------------------------------------------------- targets

void Emitter::emit_assign_to(const ast::Expr& target, const std::string& val) {
  switch (target.kind) {
    case ast::ExprKind::Name: name_store(target.as<ast::Name>()->id, val, target.loc); break;
    case ast::ExprKind::Attribute: {
      auto* a = target.as<ast::Attribute>();
      std::string obj = value(*a->value);
      out_->linef("py::setattr({}, {}, {});", obj, constant_str(a->attr), val);
      break;
    }
    case ast::ExprKind::Subscript: {
      auto* sub = target.as<ast::Subscript>();
      auto parts = ordered({sub->value.get(), sub->slice.get()});
      out_->linef("py::setitem({}, {}, {});", parts[0], parts[1], val);
      break;
    }
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List: {
      const ast::ExprList& elts = target.as<ast::Tuple>() ? target.as<ast::Tuple>()->elts
                                                          : target.as<ast::List>()->elts;
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == ast::ExprKind::Starred) star = i;
      std::string arr = declare_array(fresh(Helper::Unpack), {}, std::max<size_t>(elts.size(), 1));
      if (star == elts.size())
        out_->linef("py::unpack({}, {}, {});", val, arr, elts.size());
      else
        out_->linef("py::unpack_ex({}, {}, {}, {});", val, arr, star, elts.size() - star - 1);
      for (size_t i = 0; i < elts.size(); ++i) {
        const ast::Expr& t = i == star ? *elts[i]->as<ast::Starred>()->value : *elts[i];
        emit_assign_to(t, fmt::format("std::move({}[{}])", arr, i));
      }
      break;
    }
    case ast::ExprKind::Starred: unsupported(target.loc, "starred assignment target outside a tuple");
    default: unsupported(target.loc, "assignment to this target");
  }
}

void Emitter::emit_delete(const ast::Expr& target) {
  out_->open("");
  switch (target.kind) {
    case ast::ExprKind::Name: name_delete(target.as<ast::Name>()->id, target.loc); break;
    case ast::ExprKind::Attribute: {
      auto* a = target.as<ast::Attribute>();
      out_->linef("py::delattr({}, {});", value(*a->value), constant_str(a->attr));
      break;
    }
    case ast::ExprKind::Subscript: {
      auto* sub = target.as<ast::Subscript>();
      auto parts = ordered({sub->value.get(), sub->slice.get()});
      out_->linef("py::delitem({}, {});", parts[0], parts[1]);
      break;
    }
    case ast::ExprKind::Tuple:
      for (auto& e : target.as<ast::Tuple>()->elts) emit_delete(*e);
      break;
    case ast::ExprKind::List:
      for (auto& e : target.as<ast::List>()->elts) emit_delete(*e);
      break;
    default: unsupported(target.loc, "deleting this target");
  }
  out_->close();
}

// ---------------------------------------------------------------- control flow

void Emitter::emit_if(const ast::If& s) {
  out_->open("");
  out_->open(fmt::format("if ({})", truth(*s.test)));
  emit_block(s.body);
  if (!s.orelse.empty()) {
    out_->middle("} else {");
    emit_block(s.orelse);
  }
  out_->close();
  out_->close();
}

// The part of a loop after its head: the body (inside the open `for (;;)`),
// then the else clause, which a `break` skips by jumping to end_N.
void Emitter::emit_loop_rest(int id, const ast::StmtList& body, const ast::StmtList& orelse) {
  ctx_->unwind.push_back({Unwind::Loop, id, !orelse.empty()});
  emit_block(body);
  ctx_->unwind.pop_back();
  out_->close();
  if (!orelse.empty()) {
    out_->linef("{}:;", helper(Helper::LoopElse, id));
    out_->open("");
    emit_block(orelse);
    out_->close();
    out_->linef("{}:;", helper(Helper::LoopEnd, id));
  }
  out_->close();
}

void Emitter::emit_while(const ast::While& s) {
  int id = fresh_id();
  bool has_else = !s.orelse.empty();
  out_->open("");
  out_->open("for (;;)");
  // The body moved the line on; the test's errors belong to the while line.
  if (!s.test->as<ast::Constant>()) store_line(s.loc.line);
  out_->open("");
  out_->open(fmt::format("if (!({}))", truth(*s.test)));
  out_->line(has_else ? fmt::format("goto {};", helper(Helper::LoopElse, id)) : "break;");
  out_->close();
  out_->close();
  emit_loop_rest(id, s.body, s.orelse);
}

void Emitter::emit_for(const ast::For& s) {
  if (s.is_async) return emit_async_for(s);
  int id = fresh_id();
  bool has_else = !s.orelse.empty();
  out_->open("");
  auto* call = s.iter->as<ast::Call>();
  auto* callee = call ? call->func->as<ast::Name>() : nullptr;
  bool range_call = callee && callee->id == "range" && call->keywords.empty() && !call->args.empty() &&
                    call->args.size() <= 3 && resolve("range", ctx_).kind == NameKind::Builtin &&
                    std::none_of(call->args.begin(), call->args.end(),
                                 [](auto& a) { return a->kind == ast::ExprKind::Starred; });
  std::string it_init;
  std::string it = helper(Helper::Iter, id);
  if (local_generator_loop(s, it)) {
    // it_N is declared and started
  } else if (range_call) {
    std::vector<const ast::Expr*> args;
    for (auto& a : call->args) args.push_back(a.get());
    auto parts = ordered(args);
    std::string arr = declare_array(fresh(Helper::Args), codes(parts), parts.size());
    it_init = fmt::format("py::ForIter(py::ForIter::RangeCall{{}}, {}, {})", arr, parts.size());
  } else {
    it_init = fmt::format("py::ForIter({})", value(*s.iter));
  }
  if (!it_init.empty()) it = declare("py::ForIter", it, it_init);
  // Over range(), a plain local target takes each item directly: a range's
  // next() leaves it alone at the end, as CPython leaves the variable.
  auto* target = s.target->as<ast::Name>();
  bool direct = range_call && target && resolve(target->id, ctx_).kind == NameKind::Local;
  std::string item = direct ? resolve(target->id, ctx_).cxx : declare("Value", helper(Helper::Item, id));
  out_->open("for (;;)");
  store_line(s.loc.line);  // next() errors belong to the for line
  out_->linef("if (!{}.next({})) {}", it, item,
              has_else ? fmt::format("goto {};", helper(Helper::LoopElse, id)) : "break;");
  if (!direct) {
    out_->open("");
    emit_assign_to(*s.target, fmt::format("std::move({})", item));
    out_->close();
  }
  emit_loop_rest(id, s.body, s.orelse);
}

// `for x in gen(args)` where gen is a module-level generator function bound
// only by its def, called with exactly its positional parameters, in a
// function that is not itself a generator: the generator's frame lives in
// the loop's iterator (py::LocalGenIter) and its machine is called directly.
// If `gen` turns out rebound at run time, the call goes the ordinary way.
// (Inside a generator the iterator would be a frame member: a recursive
// generator's frame would contain itself.)
bool Emitter::local_generator_loop(const ast::For& s, const std::string& it) {
  auto* call = s.iter->as<ast::Call>();
  auto* callee = call ? call->func->as<ast::Name>() : nullptr;
  if (fn_.machine || !callee || !call->keywords.empty()) return false;
  const FunctionNames* machine = known_machine(callee->id, MachineKind::Generator);
  if (!machine || resolve(callee->id, ctx_).kind != NameKind::Global) return false;
  size_t nargs = call->args.size();
  if (!binds_positionally(known_functions_.at(callee->id)->args, nargs) ||
      std::any_of(call->args.begin(), call->args.end(), [](auto& a) { return a->kind == ast::ExprKind::Starred; }))
    return false;
  const FunctionNames& m = *machine;
  std::vector<const ast::Expr*> args;
  for (auto& a : call->args) args.push_back(a.get());
  require_bound_first(*callee, args);
  auto parts = ordered(args);
  std::string arr = nargs ? declare_array(fresh(Helper::Args), codes(parts), nargs) : "nullptr";
  declare(fmt::format("py::LocalGenIter<{}, {}>", m.frame(), m.resume()), it);
  out_->open("");
  out_->linef("const Value& callee_ = {};", name_load(*callee).code);
  out_->open(fmt::format("if (callee_.is_obj() && callee_.obj() == {}) [[likely]]", Names::known_function(callee->id)));
  out_->line("auto* fo_ = reinterpret_cast<py::FuncObj*>(callee_.obj());");
  out_->linef("{}({}.start_local(fo_), fo_, {});", m.setup(), it, arr);
  out_->close();
  out_->open("else");
  out_->linef("{}.start_generic(py::call_drop(callee_, {}, {}, nullptr, {}));", it, arr, nargs, nargs);
  out_->close();
  out_->close();
  return true;
}

Unwind Emitter::finally_unwind(int id) const {
  Unwind u{Unwind::Finally, id};
  std::string why = helper(Helper::Why, id);  // declared after the body, if a jump used it
  u.why = declares_members() ? "f_->" + why : why;
  return u;
}

// return / break / continue, running every finally and with-exit between
// here and the target first.
void Emitter::emit_jump(Unwind::Kind target_kind, int why) {
  for (auto it = ctx_->unwind.rbegin(); it != ctx_->unwind.rend(); ++it) {
    if (it->kind == Unwind::Exit) {
      out_->line(it->exit_code);
      continue;
    }
    if (it->kind == Unwind::Loop) {
      if (target_kind != Unwind::Loop) continue;  // return passes through loops
      if (why == kContinue)
        out_->line("continue;");
      else if (it->loop_has_else)
        out_->linef("goto {};", helper(Helper::LoopEnd, it->id));
      else
        out_->line("break;");
      return;
    }
    (why == kReturn ? it->used_return : why == kBreak ? it->used_break : it->used_continue) = true;
    out_->linef("{} = {};", it->why, why);
    out_->linef("goto {};", helper(Helper::Finally, it->id));
    return;
  }
  if (why != kReturn) throw Unsupported{{}, "internal: break/continue outside a loop"};
  emit_return({V("ret_"), OperandKind::Local});
}

// After a finally's clean-up code on the normal path: resume a pending jump.
// Runs with the unwind stack as it is outside the try statement.
void Emitter::emit_after_finally(const Unwind& u) {
  if (u.used_return) {
    out_->open(fmt::format("if ({} == {})", u.why, kReturn));
    emit_jump(Unwind::Finally, kReturn);
    out_->close();
  }
  if (u.used_break) {
    out_->open(fmt::format("if ({} == {})", u.why, kBreak));
    emit_jump(Unwind::Loop, kBreak);
    out_->close();
  }
  if (u.used_continue) {
    out_->open(fmt::format("if ({} == {})", u.why, kContinue));
    emit_jump(Unwind::Loop, kContinue);
    out_->close();
  }
}

// `try` opens here; in a generator, a resume point inside it is reached by
// jumping to try_entry_N and dispatching again inside (C++ forbids a jump
// into a try block, so each level dispatches to the next).
void Emitter::open_try(int id) {
  if (fn_.machine) {
    Printer::Mark entry = out_->mark();
    out_->open("try");
    fn_.dispatch.push_back({id, out_->mark(), entry, {}, {}});
  } else {
    out_->open("try");
  }
}

void Emitter::close_try(int id) {
  out_->close();
  if (fn_.machine) end_dispatch_scope(id);
}

// CPython deletes an `except ... as name` name at the end of the handler
// (`name = None; del name`: never an error), wherever the name lives.
void Emitter::clear_handler_name(const ast::ExceptHandler& handler) {
  if (handler.name.empty()) return;
  NameRef r = resolve_for_binding(handler.name);
  switch (r.kind) {
    case NameKind::Local:
    case NameKind::Global: out_->linef("{}.clear();", r.cxx); break;
    case NameKind::Cell:
    case NameKind::Free: out_->linef("py::cell_set({}, Value());", r.cxx); break;
    case NameKind::ClassNs:
      out_->linef("py::ns_store({}, {}, Value::none());", r.cxx, constant_str(handler.name));
      out_->linef("py::ns_delete({}, {});", r.cxx, constant_str(handler.name));
      break;
    default: break;
  }
}

// The except clauses, tried in order: `exc` is the exception (C++
// expression); `no_match` runs when none matches.
void Emitter::emit_handler_chain(const std::vector<ast::ExceptHandler>& handlers, const std::string& exc,
                                 const std::string& no_match) {
  int open_ifs = 0;
  bool caught_all = false;
  for (auto& handler : handlers) {
    set_line(handler.loc);
    if (handler.type) {
      std::string type = value(*handler.type);
      out_->open(fmt::format("if (py::exc_matches({}, {}))", exc, type));
      ++open_ifs;
    } else {
      out_->open("");
      caught_all = true;
    }
    if (!handler.name.empty()) name_store(handler.name, exc, handler.loc);
    emit_block(handler.body);
    clear_handler_name(handler);
    if (caught_all) {
      out_->close();
      break;
    }
    out_->middle("} else {");
  }
  if (!caught_all) out_->line(no_match);
  for (int i = 0; i < open_ifs; ++i) out_->close();
}

// except*: each clause runs on its part of the group (py::ExceptStar),
// with that part as the exception being handled; what a handler raises is
// collected, never propagated from the clause (break, continue and return
// can't leave one: resolve rejects them); finish() raises what remains.
// Handlers here never suspend (emit_try refuses those), so everything is a
// C++ local of the catch block.
void Emitter::emit_star_handler_chain(const std::vector<ast::ExceptHandler>& handlers, const std::string& exc) {
  int id = fresh_id();
  std::string star = helper(Helper::ExceptStar, id);
  out_->linef("py::ExceptStar {}({});", star, exc);
  for (auto& handler : handlers) {
    set_line(handler.loc);
    int clause = fresh_id();
    std::string match = helper(Helper::StarMatch, clause);
    out_->open("");
    out_->linef("Value {} = {}.match({});", match, star, value(*handler.type));
    out_->open(fmt::format("if ({}.is_bound())", match));
    std::string caught = helper(Helper::Caught, clause);
    out_->linef("py::PyError {}{{{}}};", caught, match);
    out_->linef("py::HandlerScope {}({});", helper(Helper::StarHandler, clause), caught);
    if (!handler.name.empty()) name_store(handler.name, match, handler.loc);
    out_->open("try");
    emit_block(handler.body);
    out_->close();
    std::string raised = helper(Helper::Caught, fresh_id());
    out_->open(fmt::format("catch (py::PyError& {})", raised));
    out_->linef("{}.handler_raised({}.exc);", star, raised);
    out_->close();
    clear_handler_name(handler);
    out_->close();
    out_->close();
  }
  out_->linef("{}.finish();", star);
}

void Emitter::emit_try(const TryParts& s) {
  if (fn_.machine)
    for (auto& h : s.handlers)
      if (scopes_.can_suspend(h.body)) {
        if (s.is_star) unsupported(h.loc, "an 'except*' handler that can suspend (yield or await)");
        return emit_try_suspending_handlers(s);
      }
  int id = fresh_id();
  bool has_else = !s.orelse.empty();
  out_->open("");
  std::string ok = has_else ? declare("bool", helper(Helper::TryOk, id), "false") : "";
  size_t body_temps = fn_.temp_members.size();
  open_try(id);
  emit_block(s.body);
  if (has_else) out_->linef("{} = true;", ok);
  close_try(id);
  std::string h = helper(Helper::Handler, id);
  std::string caught = helper(Helper::Caught, id);
  out_->open(fmt::format("catch (py::PyError& {})", caught));
  release_members_since(body_temps, fn_.temp_members.size());
  out_->linef("py::HandlerScope {}({});", h, caught);
  if (s.is_star)
    emit_star_handler_chain(s.handlers, h + ".exc()");
  else
    emit_handler_chain(s.handlers, h + ".exc()", "throw;");
  out_->close();
  if (has_else) {
    out_->open(fmt::format("if ({})", ok));
    emit_block(s.orelse);
    out_->close();
  }
  out_->close();
}

// In a generator, an except block that yields can't be a C++ catch block:
// the exception waits in the frame, the handlers run after the try, and
// py::machine_handler_enter/exit keep the handled-exception state (it follows
// the generator across its suspensions, as CPython's per-frame exc_info).
void Emitter::emit_try_suspending_handlers(const TryParts& s) {
  int id = fresh_id();
  bool has_else = !s.orelse.empty();
  out_->open("");
  std::string ok = has_else ? declare("bool", helper(Helper::TryOk, id), "false") : "";
  // Reset on every entry: a jump out of a handler last time left it set.
  std::string exc = declare("Value", helper(Helper::CaughtExc, id), "Value()");
  size_t body_temps = fn_.temp_members.size();
  open_try(id);
  emit_block(s.body);
  if (has_else) out_->linef("{} = true;", ok);
  close_try(id);
  out_->open(fmt::format("catch (py::PyError& {})", helper(Helper::Caught, id)));
  release_members_since(body_temps, fn_.temp_members.size());
  out_->linef("{} = std::move({}.exc);", exc, helper(Helper::Caught, id));
  out_->close();
  out_->open(fmt::format("if ({}.is_bound())", exc));
  std::string slot = declare("Value", helper(Helper::OuterExc, id));
  out_->linef("py::machine_handler_enter(f_, {}, {});", slot, exc);
  fn_.yields_in_handler = true;
  std::string exit_code = fmt::format("py::machine_handler_exit(f_, {});", slot);
  int handlers_id = fresh_id();
  ctx_->unwind.push_back({Unwind::Exit, handlers_id, false, exit_code});
  open_try(handlers_id);
  // No handler matched: the exception goes on.
  emit_handler_chain(s.handlers, exc, fmt::format("throw py::PyError{{{}}};", exc));
  close_try(handlers_id);
  ctx_->unwind.pop_back();
  out_->open("catch (py::PyError&)");
  out_->line(exit_code);
  out_->line("throw;");
  out_->close();
  out_->line(exit_code);
  out_->linef("{}.clear();", exc);
  out_->close();
  if (has_else) {
    out_->open(fmt::format("if ({})", ok));
    emit_block(s.orelse);
    out_->close();
  }
  out_->close();
}

void Emitter::emit_try_body(const ast::Try& s) {
  if (s.handlers.empty()) {
    emit_block(s.body);
    if (!s.orelse.empty()) emit_block(s.orelse);
    return;
  }
  emit_try({s.body, s.handlers, s.orelse, s.is_star});  // the try/except/else part, inside the finally
}

void Emitter::emit_try_finally(const ast::Try& s) {
  int id = fresh_id();
  out_->open("");
  Printer::Mark why_decl = out_->mark();
  // A clean-up that can suspend can't run inside a C++ catch: the machine's
  // exception waits in pend_N meanwhile (reset on every entry: a jump out of
  // the clean-up last time may have left it set).
  bool suspending_cleanup = fn_.machine && scopes_.can_suspend(s.finalbody);
  std::string pending = suspending_cleanup ? declare("Value", helper(Helper::Pending, id), "Value()") : "";
  ctx_->unwind.push_back(finally_unwind(id));
  size_t body_temps = fn_.temp_members.size();
  open_try(id);
  emit_try_body(s);
  close_try(id);
  size_t body_temps_end = fn_.temp_members.size();
  Unwind u = ctx_->unwind.back();
  ctx_->unwind.pop_back();
  if (u.jumped()) declare_at(why_decl, "int", helper(Helper::Why, id), "0");
  if (!suspending_cleanup) {
    out_->open(fmt::format("catch (py::PyError& {})", helper(Helper::Caught, id)));
    release_members_since(body_temps, body_temps_end);
    out_->linef("py::HandlerScope {}({}, true);", helper(Helper::Handler, id), helper(Helper::Caught, id));
    emit_block(s.finalbody);
    out_->line("throw;");
    out_->close();
    if (u.jumped()) out_->linef("{}:;", helper(Helper::Finally, id));
    emit_block(s.finalbody);
    emit_after_finally(u);
  } else {
    // The exception waits in a frame member, is the handled exception while
    // the clean-up runs (for __context__), and is rethrown after it.
    std::string slot = declare("Value", helper(Helper::OuterExc, id));
    out_->open(fmt::format("catch (py::PyError& {})", helper(Helper::Caught, id)));
    release_members_since(body_temps, body_temps_end);
    out_->linef("{} = std::move({}.exc);", pending, helper(Helper::Caught, id));
    out_->close();
    if (u.jumped()) out_->linef("{}:;", helper(Helper::Finally, id));
    std::string exit_code = fmt::format("if ({}.is_bound()) py::machine_handler_exit(f_, {});", pending, slot);
    out_->linef("if ({}.is_bound()) py::machine_handler_enter(f_, {}, {});", pending, slot, pending);
    fn_.yields_in_handler = true;
    int cleanup_id = fresh_id();
    ctx_->unwind.push_back({Unwind::Exit, cleanup_id, false, exit_code});
    open_try(cleanup_id);
    emit_block(s.finalbody);
    close_try(cleanup_id);
    ctx_->unwind.pop_back();
    out_->open("catch (py::PyError&)");
    out_->line(exit_code);
    out_->line("throw;");
    out_->close();
    out_->open(fmt::format("if ({}.is_bound())", pending));
    out_->linef("py::machine_handler_exit(f_, {});", slot);
    out_->linef("throw py::PyError{{std::move({})}};", pending);
    out_->close();
    emit_after_finally(u);
  }
  out_->close();
}

// A with item's body (the items after it, then the statements) as a C++
// try block of its own; returns with the catch block open (the exception in
// e_<id>) and the unwind record of the body's jumps to the clean-up.
Unwind Emitter::emit_with_body(const ast::With& s, size_t item, int id, Printer::Mark why_decl) {
  ctx_->unwind.push_back(finally_unwind(id));
  size_t body_temps = fn_.temp_members.size();
  open_try(id);
  if (s.is_async)
    emit_async_with(s, item + 1);
  else
    emit_with(s, item + 1);
  close_try(id);
  size_t body_temps_end = fn_.temp_members.size();
  Unwind u = ctx_->unwind.back();
  ctx_->unwind.pop_back();
  if (u.jumped()) declare_at(why_decl, "int", helper(Helper::Why, id), "0");
  out_->open(fmt::format("catch (py::PyError& {})", helper(Helper::Caught, id)));
  release_members_since(body_temps, body_temps_end);
  return u;
}

void Emitter::emit_with(const ast::With& s, size_t item) {
  if (item == s.items.size()) {
    emit_block(s.body);
    return;
  }
  const ast::WithItem& wi = s.items[item];
  int id = fresh_id();
  out_->open("");
  std::string manager = value(*wi.context_expr);
  std::string w = declare("py::WithContext", helper(Helper::With, id), fmt::format("py::WithContext({})", manager));
  {
    std::string entered = declare("Value", fresh(Helper::Temp), w + ".enter()");
    if (wi.optional_vars) emit_assign_to(*wi.optional_vars, entered);
  }
  Printer::Mark why_decl = out_->mark();
  std::string raised = declare("bool", helper(Helper::Raised, id), "false");
  Unwind u = emit_with_body(s, item, id, why_decl);
  out_->linef("py::HandlerScope {}({}, true);", helper(Helper::Handler, id), helper(Helper::Caught, id));
  out_->linef("{} = true;", raised);
  store_line(s.loc.line);  // __exit__ runs at the with line
  out_->linef("if (!{}.exit_exc({}.exc())) throw;", w, helper(Helper::Handler, id));
  out_->close();
  if (u.jumped()) out_->linef("{}:;", helper(Helper::Finally, id));
  out_->open(fmt::format("if (!{})", raised));
  store_line(s.loc.line);
  out_->linef("{}.exit_ok();", w);
  emit_after_finally(u);
  out_->close();
  out_->close();
}

// `async with`: as `with`, with __aenter__()'s and __aexit__()'s results
// awaited (see py::AsyncWithContext). __aexit__ runs at the with line; on
// an exception it runs outside any C++ catch (it may suspend) with the
// exception as the one being handled, as a finally that can suspend does.
void Emitter::emit_async_with(const ast::With& s, size_t item) {
  if (item == s.items.size()) {
    emit_block(s.body);
    return;
  }
  if (!in_async_machine()) unsupported(s.loc, "'async with' here");
  const ast::WithItem& wi = s.items[item];
  int id = fresh_id();
  out_->open("");
  std::string manager = value(*wi.context_expr);
  std::string ctx = declare("py::AsyncWithContext", helper(Helper::With, id),
                            fmt::format("py::AsyncWithContext({})", manager));
  store_line(s.loc.line);
  {
    Operand entered = delegate("async with", fmt::format("py::await_iter({}.enter())", ctx), s.loc);
    std::string value = declare("Value", fresh(Helper::Temp), entered.code);
    if (wi.optional_vars) emit_assign_to(*wi.optional_vars, value);
  }
  Printer::Mark why_decl = out_->mark();
  std::string pending = declare("Value", helper(Helper::Pending, id), "Value()");
  Unwind u = emit_with_body(s, item, id, why_decl);
  out_->linef("{} = std::move({}.exc);", pending, helper(Helper::Caught, id));
  out_->close();
  if (u.jumped()) out_->linef("{}:;", helper(Helper::Finally, id));
  std::string slot = declare("Value", helper(Helper::OuterExc, id));
  out_->open(fmt::format("if ({}.is_bound())", pending));
  {
    // __aexit__(type, exc, tb): a true result swallows the exception.
    out_->linef("py::machine_handler_enter(f_, {}, {});", slot, pending);
    fn_.yields_in_handler = true;
    std::string exit_code = fmt::format("py::machine_handler_exit(f_, {});", slot);
    int cleanup_id = fresh_id();
    ctx_->unwind.push_back({Unwind::Exit, cleanup_id, false, exit_code});
    open_try(cleanup_id);
    store_line(s.loc.line);
    Operand swallow = delegate("async with", fmt::format("py::await_iter({}.exit({}))", ctx, pending), s.loc);
    out_->linef("if (!py::truthy({})) {{ {} throw py::PyError{{std::move({})}}; }}", swallow, exit_code, pending);
    close_try(cleanup_id);
    ctx_->unwind.pop_back();
    out_->open("catch (py::PyError&)");
    out_->line(exit_code);
    out_->line("throw;");
    out_->close();
    out_->line(exit_code);
    out_->linef("{}.clear();", pending);
  }
  out_->middle("} else {");
  {
    store_line(s.loc.line);
    Operand done = delegate("async with", fmt::format("py::await_iter({}.exit(Value()))", ctx), s.loc);
    out_->linef("(void)({});", done);
    emit_after_finally(u);
  }
  out_->close();
  out_->close();
}

// `async for`: each item awaited from __anext__(); StopAsyncIteration ends
// the loop (its else clause runs).
void Emitter::emit_async_for(const ast::For& s) {
  if (!in_async_machine()) unsupported(s.loc, "'async for' here");
  int id = fresh_id();
  bool has_else = !s.orelse.empty();
  out_->open("");
  std::string iterable = value(*s.iter);
  std::string it = declare("Value", helper(Helper::Iter, id), fmt::format("py::async_iter({})", iterable));
  out_->open("for (;;)");
  store_line(s.loc.line);  // __anext__ runs at the for line
  start_delegation("async for", fmt::format("py::async_next_iter({})", it), s.loc);
  out_->open("");
  out_->linef("int got_ = py::async_for_step(f_, io_);");
  out_->line("if (got_ > 0) return py::Step::Suspended;");
  out_->linef("if (got_ < 0) {}", has_else ? fmt::format("goto {};", helper(Helper::LoopElse, id)) : "break;");
  out_->close();
  out_->open("");
  emit_assign_to(*s.target, "std::move(io_)");
  out_->close();
  emit_loop_rest(id, s.body, s.orelse);
}

// Each decorator is evaluated at its own line, before the def or class; the
// def/class line comes back for what follows.
std::vector<std::string> Emitter::decorator_values(const ast::ExprList& list, const ast::Loc& def) {
  std::vector<std::string> values;
  for (auto& d : list) {
    store_line(d->loc.line);
    values.push_back(temp(expr(*d)));
  }
  if (!list.empty()) store_line(def.line);
  return values;
}

// Applied innermost first, each at its decorator's line.
void Emitter::apply_decorators(const ast::ExprList& list, const std::vector<std::string>& values,
                               const std::string& target) {
  for (size_t i = values.size(); i-- > 0;) {
    store_line(list[i]->loc.line);
    out_->linef("{} = py::call({}, {{{}}});", target, values[i], target);
  }
}

// ---------------------------------------------------------------- imports

// `import __main__` in the program: sys.modules['__main__'], whose
// attributes are the program's globals (set_main_globals).
bool Emitter::is_main_module(const std::string& dotted_name) const {
  return dotted_name == "__main__" && opts_.module_name.empty();
}

void Emitter::emit_import(const ast::Import& s) {
  for (auto& a : s.names) {
    std::string top = a.name.substr(0, a.name.find('.'));
    if (!is_runtime_module(a.name) && !is_main_module(a.name))
      unsupported(a.loc, fmt::format("module '{}' is not available in pyco2cpp", a.name));
    out_->open("");
    // `import a.b` loads a and then a.b, and binds a; `import a.b as c` binds a.b.
    std::string m = declare("Value", fresh(Helper::Module), fmt::format("py::import_module({})", cxx_string_literal(a.name)));
    if (a.asname.empty() && top != a.name)
      m = declare("Value", fresh(Helper::Module), fmt::format("py::import_module({})", cxx_string_literal(top)));
    name_store(a.asname.empty() ? top : a.asname, m, a.loc);
    out_->close();
  }
}

void Emitter::emit_import_from(const ast::ImportFrom& s) {
  if (s.level != 0) unsupported(s.loc, "relative imports");
  if (!is_runtime_module(s.module) && !is_main_module(s.module))
    unsupported(s.loc, fmt::format("module '{}' is not available in pyco2cpp", s.module));
  out_->open("");
  std::string m = declare("Value", fresh(Helper::Module), fmt::format("py::import_module({})", cxx_string_literal(s.module)));
  for (auto& a : s.names) {
    if (a.name == "*") unsupported(a.loc, "'from ... import *'");
    if (is_module_name_not_provided(s.module, a.name))
      unsupported(a.loc, fmt::format("'{}' of module '{}' is not available in pyco2cpp", a.name, s.module));
    // (a module compiled into the runtime also sees the runtime's helpers,
    // which a program cannot: ModuleObj::hidden)
    const char* import_from = opts_.module_name.empty() ? "py::import_from" : "py::import_from_runtime";
    std::string v =
        declare("Value", fresh(Helper::Temp), fmt::format("{}({}, {})", import_from, m, constant_str(a.name)));
    name_store(a.asname.empty() ? a.name : a.asname, v, a.loc);
  }
  out_->close();
}

}  // namespace pyco2cpp::codegen
