// Machines: a generator function's body becomes a state machine (the
// runtime side: runtime/include/pyrt/machine.h). Coroutines and async
// generators are the same machine of another MachineKind.
//
// Worked example:
//
//     def count(n):
//         try:
//             while True:
//                 got = yield n
//                 n += 1
//         finally:
//             print("closed")
//
// becomes (abridged)
//
//     struct Frame_count : py::MachineObj {      // the Python variables; a temporary only
//       Value func_, v_got, v_n; ...             // if it lives across a suspension
//     };
//     py::Step resume_count(py::MachineObj* m_, Value& io_) {
//       auto* f_ = static_cast<Frame_count*>(m_);
//       int rs_ = f_->state;
//       switch (rs_) { case 1: goto try_entry_1; default: break; }  // root dispatch
//       {
//       try_entry_1:;
//         try {
//           switch (rs_) { case 1: goto resume_1; default: break; }   // dispatch inside the try
//           for (;;) {
//             io_ = f_->v_n; f_->state = 1; return py::Step::Suspended;
//           resume_1:;
//             rs_ = 0; py::machine_resumed(f_);    // throw()/close() land here
//             f_->v_got = std::move(io_);          // the value sent in
//             py::iadd_int_into(f_->v_n, INT64_C(1));
//           }
//         } catch (py::PyError& e_1) {
//           py::HandlerScope handler_1(e_1, true);
//           { Value a_3[] = {K[1]}; <print(...)>; }  // a C++ local: nothing suspends here
//           throw;
//         }
//         { Value a_4[] = {K[1]}; <print(...)>; }
//       }
//       io_ = Value::none(); return py::Step::Returned;
//     }
//     void setup_count(Frame_count* f_, py::FuncObj* self_, Value* params_) {  // binds the parameters
//       f_->v_n = std::move(params_[0]); ...
//     }
//     Value fn_count(py::FuncObj* self_, Value* params_) {  // calling count(): makes the object
//       auto* f_ = py::new_machine<Frame_count>(&code_count, resume_count); ...
//     }
//
// What lives across a suspension is a frame member: the Python variables
// always (CPython keeps a dead variable until its frame is cleared), and the
// temporaries of a statement that can suspend (scopes' can_suspend());
// a resume `goto` may not jump over an initialised C++ local. A statement
// that cannot suspend is a C++ block with no resume label inside, so its
// temporaries are C++ locals. C++ also forbids jumping into a try block: a
// resume point inside a try is reached through `try_entry_N`, where the
// try's own switch dispatches further; the switches and entry labels are
// marks in the listing, filled when the try's body is written. A finally or
// except body that can suspend cannot be a C++ catch block: the exception
// waits in the frame (pend_N, exc_N) while it runs.
//
// For a module-level generator function bound only by its def, the names are
// chosen up front (Emitter::known_names_), the frame struct goes before
// every function, and the machine is `always_inline`: a for loop elsewhere
// over `count(...)` keeps the frame in its iterator (py::LocalGenIter, see
// emit_stmt.cpp's local_generator_loop) and `x.send(v)` on a local assigned
// `count(...)` resumes it inline (py::send_method_as), both guarded at run
// time.
#include <fmt/format.h>

#include "emitter.h"
#include "pyco2cpp/ast_walk.h"

namespace pyco2cpp::codegen {

int Emitter::new_resume_point(const char* kind, int line) {
  int k = ++fn_.resume_points;
  fn_.dispatch.back().states.push_back(k);
  fn_.sm_states += fmt::format("  state {}: {} at line {}\n", k, kind, line);
  return k;
}

void Emitter::end_dispatch_scope(int id) {
  DispatchScope scope = std::move(fn_.dispatch.back());
  fn_.dispatch.pop_back();
  std::vector<int> all = scope.states;
  if (!scope.states.empty() || !scope.tries.empty()) {
    std::string text = "switch (rs_) {\n";
    for (int k : scope.states) text += fmt::format("  case {}: goto {};\n", k, helper(Helper::Resume, k));
    for (auto& [try_id, states] : scope.tries) {
      for (int k : states) text += fmt::format("  case {}:\n", k), all.push_back(k);
      text += fmt::format("    goto {};\n", helper(Helper::TryEntry, try_id));
    }
    text += "  default: break;\n}";
    out_->fill(scope.table, text);
    if (scope.entry) out_->fill(*scope.entry, helper(Helper::TryEntry, id) + ":;");
  }
  if (id != 0 && !all.empty()) {
    std::string list;
    for (int k : all) list += fmt::format(" {}", k);
    fn_.sm_states += fmt::format("  try entry {}: states{}\n", id, list);
  }
  if (!fn_.dispatch.empty() && !all.empty()) fn_.dispatch.back().tries.push_back({id, all});
}

Operand Emitter::emit_yield(const ast::Expr* yielded, const ast::Loc& loc, bool sent_used) {
  if (!fn_.machine) unsupported(loc, "'yield' here");
  if (sent_used) fn_.reads_sent = true;
  std::string v = yielded ? value(*yielded) : "Value::none()";
  // A suspended frame is at its yield's own line (the statement's line
  // differs when the yield is in a later line of a multi-line expression).
  if (loc.line != fn_.line) store_line(loc.line);
  int k = new_resume_point("yield", loc.line);
  out_->linef("io_ = {};", v);
  out_->linef("f_->state = {};", k);
  // An async generator's yield ends the awaitable that drives it, not a
  // suspension passed on to the event loop (pyrt/async_generator.h).
  out_->line(fn_.machine == MachineKind::AsyncGenerator ? "return py::Step::AsyncYielded;"
                                                        : "return py::Step::Suspended;");
  out_->linef("{}:;", helper(Helper::Resume, k));
  out_->line("rs_ = 0;");
  out_->line("py::machine_resumed(f_);");
  // The sent value, used once by the enclosing expression (ordered() copies
  // it to a temporary first if anything else runs before that use).
  return sent_value();
}

Operand Emitter::yield_from_expr(const ast::YieldFrom& y) {
  if (!fn_.machine) unsupported(y.loc, "'yield from' here");
  std::string source = value(*y.value);
  return delegate("yield from", fmt::format("py::yield_from_iter(f_, {})", source), y.loc);
}

Operand Emitter::await_expr(const ast::Await& a) {
  if (!in_async_machine()) unsupported(a.loc, "'await' here");
  std::string source = value(*a.value);
  // `await f(...)` of a module-level coroutine function: the coroutine's
  // first run is a direct call of its resume function (py::await_known_step
  // checks at run time that the object is one of f's, fresh).
  auto* call = a.value->as<ast::Call>();
  auto* callee = call ? call->func->as<ast::Name>() : nullptr;
  if (const FunctionNames* known = callee ? known_machine(callee->id, MachineKind::Coroutine) : nullptr) {
    start_delegation("await", fmt::format("py::await_iter({})", source), a.loc);
    out_->linef("if (py::await_known_step<{}, {}>(f_, io_)) return py::Step::Suspended;", known->frame(),
                known->resume());
    return sent_value();
  }
  return delegate("await", fmt::format("py::await_iter({})", source), a.loc);
}

// One resume point that py::yield_from_step re-enters until the delegate
// (what `delegate_iter` evaluates to) finishes; the delegate's return value
// is the operand.
Operand Emitter::delegate(const char* kind, const std::string& delegate_iter, const ast::Loc& loc) {
  start_delegation(kind, delegate_iter, loc);
  out_->line("if (py::yield_from_step(f_, io_)) return py::Step::Suspended;");
  return sent_value();  // the delegate's return value
}

// A delegation's start and its resume point; the caller writes the step.
void Emitter::start_delegation(const char* kind, const std::string& delegate_iter, const ast::Loc& loc) {
  int k = new_resume_point(kind, loc.line);
  fn_.delegates = true;
  fn_.reads_sent = true;  // passed on to the delegate
  out_->linef("f_->yield_from = {};", delegate_iter);
  out_->line("io_ = Value::none();");
  out_->linef("f_->state = {};", k);
  out_->linef("{}:;", helper(Helper::Resume, k));
  out_->line("rs_ = 0;");
}

// Writes the frame struct, the resume function and the starter (the C++
// function behind calling the function, `cxx_name`, as for plain functions:
// it makes the machine object and runs nothing). Returns the code to add to
// the functions; the frame struct goes to frames_.
std::string Emitter::emit_machine(const FunctionView& fn, const FunctionNames& names, const std::string& qualname) {
  const Scope& scope = fn.scope();
  const std::string frame_type = names.frame(), resume = names.resume();

  fn_.frame = "f_->frame";

  std::vector<std::string> params = param_names(fn.args());

  // Every variable of the function is a frame member (CPython keeps a dead
  // variable alive until its frame is cleared: finaliser timing depends on it).
  fn_.member_set.insert("ret_");
  std::vector<std::string> ordered_vars;
  for (auto& p : params) {
    const Symbol* sym = scope.find(p);
    ordered_vars.push_back(sym && sym->binding == Binding::Cell ? cell_name(p, *ctx_) : local_name(p, *ctx_));
  }
  for (auto& s : scope.symbols) {
    if (s.is_param) continue;
    if (s.binding == Binding::Local) ordered_vars.push_back(local_name(s.name, *ctx_));
    if (s.binding == Binding::Cell) ordered_vars.push_back(cell_name(s.name, *ctx_));
  }
  for (auto& v : ordered_vars) fn_.member_set.insert(v);

  out_->at_line(0);
  // A known generator function's machine is also called directly by the
  // loops that consume it (py::LocalGenIter): inlined there, the optimiser
  // sees the loop and the machine as one.
  bool direct = fn.def() && known_names_.count(fn.def()) > 0;
  out_->open(fmt::format("{}py::Step {}(py::MachineObj* m_, Value& io_)", direct ? "[[gnu::always_inline]] inline " : "",
                         resume));
  out_->linef("auto* f_ = static_cast<{}*>(m_);", frame_type);
  out_->line("py::FuncObj* self_ = reinterpret_cast<py::FuncObj*>(f_->func_.obj());");
  out_->line("(void)self_;");
  out_->line("int rs_ = f_->state;");
  fn_.dispatch.push_back({0, out_->mark(), std::nullopt, {}, {}});
  switch (fn.body()) {
    case FunctionView::Body::Statements: emit_block(fn.statements()); break;
    case FunctionView::Body::Expression:
      set_line(fn.expression().loc);
      emit_return(expr(fn.expression()));
      break;
    case FunctionView::Body::GeneratorLoops: {
      // Its `for` clauses over the iterator it was given (`.0`), yielding each element.
      const ast::Expr& g = fn.loops();
      const ast::ComprehensionParts parts = *ast::comprehension_parts(g);
      set_line(g.loc);
      emit_clause_loops(g, parts, local_var(".0", *ctx_), [&] {
        out_->open("");
        store_line(parts.element.loc.line);
        emit_yield(&parts.element, parts.element.loc, false);  // `yield elt`
        out_->close();
      });
      break;
    }
    case FunctionView::Body::ComprehensionLoops: {
      // Its `for` clauses over `.0`, building the result it returns.
      const ast::Expr& e = fn.loops();
      set_line(e.loc);
      std::string result = comprehension_result(e);
      build_comprehension(e, *ast::comprehension_parts(e), local_var(".0", *ctx_), result);
      emit_return(temp_operand(result));
      break;
    }
  }
  if (!ends_in_return(fn)) {
    out_->at_line(0);
    emit_return({"Value::none()", OperandKind::Const});
  }
  out_->close();
  end_dispatch_scope(0);

  std::string text = out_->take();
  // The frame: every variable of the function is a member (ret_ only where
  // a return goes through a finally or with). Members are destroyed last to
  // first; CPython clears a frame's variables first to last (parameters,
  // then locals): declare them backwards.
  std::string fields = "  Value func_;\n";
  if (fn_.uses_ret) fields += "  Value ret_;\n";
  for (auto v = ordered_vars.rbegin(); v != ordered_vars.rend(); ++v) fields += "  Value " + *v + ";\n";

  if (opts_.state_machines) {
    std::string names = fn_.uses_ret ? " func_ ret_" : " func_";
    for (auto& v : ordered_vars) names += " " + v;
    for (auto& m : fn_.member_names) names += " " + m;
    const char* kind = fn.machine() == MachineKind::Coroutine        ? "coroutine"
                       : fn.machine() == MachineKind::AsyncGenerator ? "async generator"
                                                                    : "generator";
    *opts_.state_machines += fmt::format("{} {} line {}: resume {}, frame {}\n  frame:{}\n{}", kind, qualname,
                                         fn.loc().line, resume, frame_type, names, fn_.sm_states);
  }
  // When the generator finishes, its variables go (first to last, as CPython
  // clears a finished frame), not when the generator object itself goes.
  std::string clears;
  for (auto& v : ordered_vars) clears += fmt::format("    {}.clear();\n", v);
  clears += fn_.member_clears;
  // The frame struct goes before every function (a for loop elsewhere may
  // hold one on its stack); the machine and its starter stay here.
  std::string traits = fmt::format(
      "  static constexpr bool kDelegates = {};\n  static constexpr bool kYieldsInHandler = {};\n"
      "  static constexpr bool kReadsSent = {};\n",
      fn_.delegates, fn_.yields_in_handler, fn_.reads_sent);
  const char* base = fn.machine() == MachineKind::AsyncGenerator ? "py::AsyncGenObj" : "py::MachineObj";
  // For the cycle collector: every Value of the frame (what the members of
  // other types hold counts as referenced from outside: never collected).
  std::string visits = fmt::format("    {}::gc_traverse(visit);\n    visit(func_);\n", base);
  if (fn_.uses_ret) visits += "    visit(ret_);\n";
  for (auto& v : ordered_vars) visits += fmt::format("    visit({});\n", v);
  visits += fn_.member_visits;
  std::string gc_clears = fmt::format("    {}::gc_clear();\n    func_.clear();\n", base);
  if (fn_.uses_ret) gc_clears += "    ret_.clear();\n";
  frames_ += fmt::format(
      "struct {} : {} {{\n{}{}{}  void clear_locals() override {{\n{}  }}\n"
      "  void gc_traverse(py::GcVisitor& visit) override {{\n{}  }}\n"
      "  void gc_clear() override {{\n{}  }}\n}};\n",
      frame_type, base, traits, fields, fn_.members, clears, visits, gc_clears);
  std::string out = text;
  // The setup binds the parameters into a fresh frame; the starter (the C++
  // function behind a call) makes the frame on the heap. Nothing runs yet.
  out += fmt::format("void {}({}* f_, py::FuncObj* self_, Value* params_) {{\n", names.setup(), frame_type);
  out += "  (void)params_;\n";
  out += "  f_->func_ = Value::borrow(reinterpret_cast<py::Object*>(self_));\n";
  for (size_t i = 0; i < params.size(); ++i) {
    const Symbol* sym = scope.find(params[i]);
    if (sym && sym->binding == Binding::Cell)
      out += fmt::format("  f_->{} = py::make_cell(std::move(params_[{}]));\n", cell_name(params[i], *ctx_), i);
    else
      out += fmt::format("  f_->{} = std::move(params_[{}]);\n", local_name(params[i], *ctx_), i);
  }
  for (auto& s : scope.symbols)
    if (!s.is_param && s.binding == Binding::Cell)
      out += fmt::format("  f_->{} = py::make_cell();\n", cell_name(s.name, *ctx_));
  out += "}\n";
  out += fmt::format("Value {}(py::FuncObj* self_, Value* params_) {{\n", names.entry());
  out += fmt::format("  auto* f_ = py::new_machine<{}>(self_, {});\n", frame_type, resume);
  out += fmt::format("  {}(f_, self_, params_);\n", names.setup());
  out += "  return Value::steal(f_);\n}\n";
  return out;
}

// `x = gen(...)` anywhere in the body (not in nested functions), gen a known
// generator function: x.send(v) will probably resume gen's machine. Several
// different machines for one name: no guess. A wrong guess only costs the
// run-time check.
void Emitter::guess_generators(const ast::Stmt& s, std::map<std::string, std::string>& guesses) const {
  if (auto* a = s.as<ast::Assign>(); a && a->targets.size() == 1) {
    auto* target = a->targets[0]->as<ast::Name>();
    auto* call = a->value->as<ast::Call>();
    auto* callee = call ? call->func->as<ast::Name>() : nullptr;
    const FunctionNames* machine = target && callee ? known_machine(callee->id) : nullptr;
    if (machine) {
      std::string both = machine->frame() + ", " + machine->resume();  // send_method_as's arguments
      auto [it, fresh] = guesses.emplace(target->id, both);
      if (!fresh && it->second != both) it->second.clear();  // ambiguous
    }
  }
  ast::for_each_child(s, ast::Reach::ThisScope, [&](const auto& child) {
    if constexpr (ast::is_stmt<decltype(child)>) guess_generators(child, guesses);
  });
}

const FunctionNames* Emitter::known_machine(const std::string& id, std::optional<MachineKind> only) const {
  auto known = known_functions_.find(id);
  if (known == known_functions_.end()) return nullptr;
  std::optional<MachineKind> kind = machine_kind(scope_of(*known->second));
  if (!kind || (only && kind != only)) return nullptr;
  return &known_names_.at(known->second);
}

// The call that makes a generator expression's generator (or an
// asynchronous comprehension's coroutine): the outermost iterable is
// evaluated, and iter() (or, for `async for`, aiter()) called, right here.
std::string Emitter::call_loops_function(const FunctionView& fn, const ast::Comprehension& outermost) {
  std::string outer = value(*outermost.iter);
  std::string it0 =
      declare("Value", fresh(Helper::Temp), fmt::format("{}({})", outermost.is_async ? "py::async_iter" : "py::iter", outer));
  std::string made = emit_function(fn, qualname_for(fn.name()));
  std::string made_fn = declare("Value", fresh(Helper::Temp), made);
  std::string arr = declare_array(fresh(Helper::Args), {it0}, 1);
  return fmt::format("py::call({}, {}, 1)", made_fn, arr);
}

Operand Emitter::genexp(const ast::GeneratorExp& g) {
  return {call_loops_function(FunctionView::of(g, scope_of(g)), g.generators[0]), OperandKind::Effect};
}

}  // namespace pyco2cpp::codegen
