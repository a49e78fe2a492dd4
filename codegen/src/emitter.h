// The emitter: walks the AST with the scope table and writes C++ through one
// Printer. Split by concern: emit_module.cpp (the translation unit, constant
// tables, functions), emit_stmt.cpp (statements, control flow, try/finally
// unwinding), emit_expr.cpp (expressions, evaluation order), emit_gen.cpp
// (machines: generators as state machines). Every name it makes up comes
// from names.h; the function being emitted is a FunctionView.
//
// Worked example. This Python
//
//     def add(a, b=1):
//         return a + b
//     print(add(2))
//
// becomes (abridged)
//
//     Value G_add;                                   // module global
//     Value fn_add(py::FuncObj* self_, Value* params_) {
//       py::FrameScope fs_(&code_add);               // traceback frame
//       Value v_b = std::move(params_[1]);           // (declared backwards: C++
//       Value v_a = std::move(params_[0]);           //  destroys them a, then b)
//       fs_.frame.line = 2;
//       return py::add(v_a, v_b);
//     }
//     PYRT_MODULE_BODY void module_body() {
//       ...
//       { Value t_1 = py::new_tuple({Value::from_int(INT64_C(1))});
//         Value func_2 = py::make_function(&code_add, fn_add, t_1, ...);
//         KF_add = func_2.obj(); G_add = func_2; }
//       { Value a_3[] = {Value::from_int(INT64_C(2))};
//         Value a_4[] = {py::call_drop(py::load_global(G_add, "add"), a_3, 1, nullptr, 1)};
//         (void)(py::call_drop(py::load_global(B_print, "print"), a_4, 1, nullptr, 1)); }
//     }
//
// Evaluation order: C++ leaves the order of function arguments unspecified,
// Python does not. Every operand that could observe or cause a side effect
// is computed into a temporary (`t_N`) in order before the operation that
// uses it; braced initialisers (`Value a_[] = {x, f()}`), which C++ does
// sequence left to right, carry call arguments.
#pragma once

#include <fmt/format.h>

#include <functional>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "bound_names.h"
#include "function_view.h"
#include "names.h"
#include "printer.h"
#include "pyco2cpp/ast.h"
#include "pyco2cpp/ast_walk.h"
#include "pyco2cpp/codegen.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/scopes.h"
#include "pyco2cpp/source.h"

namespace pyco2cpp::codegen {

// One C++ function holding thousands of statements costs g++ time with the
// square of their number (its points-to analysis: a 1,000-term sum took
// 18 s), so every long run of statements the emitter writes goes in groups
// of kStatementsPerGroup, each a lambda that g++ may not inline:
// `kNoinlineGroup { ... }();`.
inline constexpr size_t kStatementsPerGroup = 64;
inline constexpr std::string_view kNoinlineGroup = "[&]() __attribute__((noinline))";

// `statements` as text, one per line after `indent`, grouped as above when
// there are more than one group's worth.
std::string in_noinline_groups(const std::vector<std::string>& statements, std::string_view indent);

// What an expression's C++ text is, for ordering decisions.
enum class OperandKind {
  Const,   // a constant: evaluating it has no effect and nothing can change it
  Local,   // a plain local variable read: only a walrus could change it
  Global,  // a read that later effects could change (global, cell)
  Effect,  // may run arbitrary code (calls, attribute access, operators)
};

struct Operand {
  std::string code;
  OperandKind kind = OperandKind::Effect;
  // `code` names a temporary made for this operand alone (t_N): whoever
  // consumes it last may move from it.
  bool is_temp = false;
  // The value a machine was just resumed with (io_), or its delegate's
  // result: `return` of it leaves it where it is.
  bool is_sent = false;
};

// A list of operands' code, comma-separated: "a, b, c".
std::string join_code(const std::vector<Operand>& operands);
// Each operand's code.
std::vector<std::string> codes(const std::vector<Operand>& operands);

// Numbers as C++ source (emit_expr.cpp): an int64 as INT64_C(n) (nullopt
// past 64 bits); a double in exact hexadecimal, or an infinity.
std::optional<std::string> cxx_int64(__int128 v);
std::string cxx_double(double v);

struct Folded;  // fold.h

// Thrown (inside codegen only) when a construct is not supported: the
// message is reported at the node's location and emission stops.
struct Unsupported {
  ast::Loc loc;
  std::string message;
};

// A pending finally/with while emitting: return/break/continue inside it
// must run its clean-up first (completion records, like regenerator's).
//   Loop:    the target of break/continue;
//   Finally: a try/finally or with: the jump records itself in why_N and
//            goes to fin_N, which resumes it after the clean-up;
//   Exit:    code to run on the way out, then keep going (a generator's
//            except block leaving its handled-exception state).
struct Unwind {
  enum Kind { Loop, Finally, Exit } kind;
  int id = 0;                        // names why_N / fin_N / end_N
  bool loop_has_else = false;        // Loop: break jumps to end_N instead of `break;`
  std::string exit_code;             // Exit: the statement to run
  std::string why;                   // Finally: the why_N variable (as code reaches it)
  bool used_return = false, used_break = false, used_continue = false;
  bool jumped() const { return used_return || used_break || used_continue; }  // fin_N is a target
};

// One Python scope being emitted. Class bodies and comprehensions are
// emitted inline in their enclosing C++ function (`inline_in_parent`).
struct FuncCtx {
  const Scope* scope = nullptr;
  FuncCtx* parent = nullptr;
  bool inline_in_parent = false;
  std::string suffix;                 // makes inline scopes' local names unique
  std::string ns_var;                 // class body: the namespace dict
  std::vector<std::string> freevars;  // closure cell order (function scopes)
  std::vector<Unwind> unwind;
  bool has_finally = false;           // needs the ret_ variable
  std::string class_cell;             // inside a class body: `c___class__` when methods need it
  // Names assigned a call of a known generator function somewhere in this
  // scope -> "Frame_N, resume_N" of that machine: a guess for `name.send(v)`,
  // checked at run time (py::send_method_as).
  std::map<std::string, std::string> generator_guess;
  BoundBefore bound_before;           // per statement: the locals certainly bound when it starts
  const NameSet* bound_now = nullptr; // the statement being emitted's
  // A read of local `id` here needs no UnboundLocalError check.
  bool certainly_bound(const std::string& id) const { return bound_now && bound_now->count(id); }
};

class Emitter {
 public:
  Emitter(const SourceFile& src, const ScopeTable& scopes, const EmitOptions& opts, Diagnostics& diags);
  std::string run(const ast::Module& module);

 private:
  // ---- module (emit_module.cpp)
  std::string constant_str(const std::string& utf8);   // K[i] for an interned str
  std::string constant_bytes(const std::string& bytes);
  std::string constant_bigint(const std::string& digits);
  std::string constant_complex(double real, double imag);  // K[i] for a complex (an imaginary literal)
  // K[i] for a tuple of literals (and tuples of them), or nothing.
  std::optional<std::string> constant_tuple(const ast::ExprList& elts);
  std::string module_attr_site();
  bool is_imported_module(const ast::Expr& e);
  std::string kwnames(const std::vector<std::string>& names);
  // Writes the CodeInfo table `names.code()` (and its parameter names).
  void code_info(const FunctionNames& names, const Scope& scope, const ast::Arguments* args,
                 const std::string& name, const std::string& qualname, int firstline, const std::string* doc);
  std::string builtin_ref(const std::string& name);
  std::string global_ref(const std::string& name);
  std::string fresh(Helper kind) { return names_.fresh(kind); }  // t_12, a_13 ...
  static std::string helper(Helper kind, int id) { return Names::helper(kind, id); }  // why_7, fin_7 ...
  // Every C++ variable the emitter introduces is declared here and reached
  // through V(): a C++ local in a plain function; a member of the frame in
  // a generator (locals can't survive a suspension, and a resume `goto` may
  // not jump over an initialised local).
  std::string declare(const std::string& type, const std::string& name, const std::string& init = "");
  // The same, written at `at` (a mark) instead of here: a declaration only
  // the code after it shows is needed (a why_N no jump used is not declared).
  std::string declare_at(std::optional<Printer::Mark> at, const std::string& type, const std::string& name,
                         const std::string& init = "");
  std::string declare_array(const std::string& name, const std::vector<std::string>& elems, size_t size);
  // Whether declare() makes frame members: in a machine, except inside a
  // statement that cannot suspend, whose values live no longer than it and
  // so stay C++ locals of the resume function (the statement is a block of
  // its own with no resume label in it: no dispatch jump crosses them).
  bool declares_members() const;
  // A variable declare() made, or a Python variable of a machine: a frame
  // member is reached through f_.
  std::string V(const std::string& name) const {
    return fn_.machine && fn_.member_set.count(name) ? "f_->" + name : name;
  }
  int fresh_id() { return names_.next_id(); }  // a statement's number, for its helpers

  // ---- functions (emit_module.cpp)
  // Emits the function's code; returns the make_function expression that
  // makes the function object where the def, lambda or genexp stands.
  std::string emit_function(const FunctionView& fn, const std::string& qualname);
  void emit_plain_function(const FunctionView& fn, const FunctionNames& names);
  void emit_class(const ast::ClassDef& cls);
  std::string qualname_for(const std::string& name) const;
  // __name__ and every function's and class's __module__: "__main__" for a program.
  std::string module_dunder_name() const { return opts_.module_name.empty() ? "__main__" : opts_.module_name; }
  std::string shown_path() const;  // the file name tracebacks and __file__ show

  // ---- statements (emit_stmt.cpp)
  void emit_block(const ast::StmtList& body);
  void setup_annotations(const Scope& body_scope);  // a module's or class's __annotations__ = {}
  void emit_stmt(const ast::Stmt& s);
  void emit_stmt_inner(const ast::Stmt& s);
  void emit_assign_to(const ast::Expr& target, const std::string& value);
  void emit_delete(const ast::Expr& target);
  void emit_if(const ast::If& s);
  void emit_while(const ast::While& s);
  void emit_for(const ast::For& s);
  void emit_loop_rest(int id, const ast::StmtList& body, const ast::StmtList& orelse);
  // The try/except/else part of a try statement (without its finally).
  struct TryParts {
    const ast::StmtList& body;
    const std::vector<ast::ExceptHandler>& handlers;
    const ast::StmtList& orelse;
    bool is_star = false;  // except*
  };
  void emit_try(const TryParts& s);
  Unwind emit_with_body(const ast::With& s, size_t item, int id, Printer::Mark why_decl);
  void clear_handler_name(const ast::ExceptHandler& handler);
  void emit_star_handler_chain(const std::vector<ast::ExceptHandler>& handlers, const std::string& exc);
  void emit_try_finally(const ast::Try& s);
  void emit_with(const ast::With& s, size_t item);
  void emit_async_with(const ast::With& s, size_t item);
  void emit_async_for(const ast::For& s);
  void emit_jump(Unwind::Kind target_kind, int why);  // return/break/continue through finallies
  Unwind finally_unwind(int id) const;  // a try/finally's or with's entry on the unwind stack
  void emit_after_finally(const Unwind& u);
  void emit_try_body(const ast::Try& s);
  void emit_try_suspending_handlers(const TryParts& s);
  void emit_handler_chain(const std::vector<ast::ExceptHandler>& handlers, const std::string& exc,
                          const std::string& no_match);
  void open_try(int id);
  void close_try(int id);
  void emit_return(const Operand& value);  // `return v` (a machine stores v in io_)
  // The body's last statement is a return (no implicit `return None` after it).
  static bool ends_in_return(const FunctionView& fn);
  void emit_import(const ast::Import& s);
  bool is_main_module(const std::string& dotted_name) const;
  void emit_import_from(const ast::ImportFrom& s);
  void set_line(const ast::Loc& loc);
  // The running frame's line is `line` from here on (code re-run in a loop,
  // or a part of a statement CPython reports at its own line).
  void store_line(int line);
  std::vector<std::string> decorator_values(const ast::ExprList& list, const ast::Loc& def);
  void apply_decorators(const ast::ExprList& list, const std::vector<std::string>& values,
                        const std::string& target);

  // ---- generators (emit_gen.cpp)
  // The resume function, or one `try` block of it: where a resume point
  // inside is dispatched to. Its dispatch table and entry label are marks,
  // filled when the scope ends (only then is it known what is inside).
  struct DispatchScope {
    int id = 0;                  // 0: the resume function itself; else the try statement's id
    Printer::Mark table;         // `switch (rs_) ...` at the top of the scope
    std::optional<Printer::Mark> entry;  // `try_entry_N:;` before the try (the enclosing table jumps there)
    std::vector<int> states;     // resume points directly in this scope
    std::vector<std::pair<int, std::vector<int>>> tries;  // nested try id -> every state inside it
  };
  std::string emit_machine(const FunctionView& fn, const FunctionNames& names, const std::string& qualname);
  void end_dispatch_scope(int id);
  int new_resume_point(const char* kind, int line);
  // `yield v` (v may be null). sent_used: the value sent in is read (the
  // operand returned); otherwise it is only dropped (`yield v` as a statement).
  Operand emit_yield(const ast::Expr* yielded, const ast::Loc& loc, bool sent_used);
  Operand yield_from_expr(const ast::YieldFrom& y);
  Operand await_expr(const ast::Await& a);
  Operand delegate(const char* kind, const std::string& delegate_iter, const ast::Loc& loc);
  void start_delegation(const char* kind, const std::string& delegate_iter, const ast::Loc& loc);
  Operand genexp(const ast::GeneratorExp& g);

  // ---- expressions (emit_expr.cpp)
  Operand expr(const ast::Expr& e);
  std::string value(const ast::Expr& e) { return expr(e).code; }
  std::string temp(const Operand& op);               // materialise into t_N (its name)
  static Operand temp_operand(std::string name) { return {std::move(name), OperandKind::Local, true}; }
  static Operand sent_value() { return {"std::move(io_)", OperandKind::Effect, false, true}; }
  // `-literal` as a constant, when the literal is an int or a finite float.
  std::optional<Operand> negated_constant(const ast::Constant& c);
  std::string truth(const ast::Expr& e);             // C++ bool expression
  // Evaluates operands left to right with Python's order guaranteed.
  std::vector<Operand> ordered(const std::vector<const ast::Expr*>& es);
  Operand name_load(const ast::Name& n);
  void reject_missing_module_attribute(const ast::Name& module_name, const std::string& attr, const ast::Loc& loc);
  void name_store(const std::string& id, const std::string& value, const ast::Loc& loc);
  void name_delete(const std::string& id, const ast::Loc& loc);
  Operand call(const ast::Call& c);
  void require_bound_first(const ast::Name& callee, const std::vector<const ast::Expr*>& args);
  Operand constant(const ast::Constant& c);
  // A BinOp or UnaryOp of literals that CPython's optimiser folds, as a constant (fold.h).
  std::optional<Operand> folded(const ast::Expr& e);
  Operand folded_operand(const Folded& k);
  // An int literal that fits a C++ int64 ("INT64_C(d)"), or nothing.
  static std::optional<std::string> small_int_literal(const ast::Expr& e);
  Operand fstring(const ast::JoinedStr& j);
  Operand compare(const ast::Compare& c);
  Operand boolop(const ast::BoolOp& b);
  Operand comprehension(const ast::Expr& e);
  std::string comprehension_result(const ast::Expr& e);
  void build_comprehension(const ast::Expr& e, const ast::ComprehensionParts& parts, const std::string& outer_iter,
                           const std::string& result);
  std::string call_loops_function(const FunctionView& fn, const ast::Comprehension& outermost);
  void emit_clause_loops(const ast::Expr& e, const ast::ComprehensionParts& parts, const std::string& outer_iter,
                         const std::function<void()>& element);
  Operand display(const ast::Expr& e);
  std::string binop_fn(ast::BinOpKind op, bool inplace);
  Operand binop(const ast::BinOp& b);
  void emit_in_groups(const std::vector<const ast::Expr*>& operands, const std::function<void(size_t)>& step);
  bool may_effect(const ast::Expr& e) const;
  bool arguments_may_effect(const ast::Call& c) const;
  std::string argument_array(const std::vector<Operand>& parts, size_t from);
  Operand method_call_lookup_first(const ast::Call& c, const ast::Attribute& attr);

  // ---- names
  enum class NameKind { Local, Cell, Free, Global, Builtin, ClassNs, Undefined };
  struct NameRef {
    NameKind kind;
    std::string cxx;   // C++ variable (v_x / c_x / G_x / B_x) or cell expression
    FuncCtx* owner = nullptr;
  };
  NameRef resolve(const std::string& id, FuncCtx* ctx);
  NameRef resolve_for_binding(const std::string& id);  // a store or delete here
  std::string local_name(const std::string& id, const FuncCtx& ctx) const;  // v_x (declared name)
  std::string cell_name(const std::string& id, const FuncCtx& ctx) const;   // c_x
  std::string local_var(const std::string& id, const FuncCtx& ctx) const { return V(local_name(id, ctx)); }
  std::string cell_var(const std::string& id, const FuncCtx& ctx) const { return V(cell_name(id, ctx)); }
  std::string cell_expr(const std::string& id, FuncCtx* ctx);  // the cell Value for a Cell/Free name
  bool is_module_global(const std::string& id) const { return module_globals_.count(id) > 0; }

  [[noreturn]] void unsupported(const ast::Loc& loc, std::string what);
  // The scope resolve opened for a def, class, lambda or comprehension.
  template <class Node>
  const Scope& scope_of(const Node& node) const;
  // Writing a coroutine or an async generator: `await`, `async for` and
  // `async with` can suspend it.
  bool in_async_machine() const {
    return fn_.machine == MachineKind::Coroutine || fn_.machine == MachineKind::AsyncGenerator;
  }

  const SourceFile& src_;
  const ScopeTable& scopes_;
  EmitOptions opts_;
  Diagnostics& diags_;

  Printer* out_ = nullptr;  // the function being written
  // What one C++ function's emission keeps; a nested function is emitted
  // with a fresh one and the outer one put back after.
  struct FunctionEmission {
    std::optional<MachineKind> machine;  // set: writing a machine's resume function
    std::string members;                 // a machine: the frame struct's members declare() added
    std::set<std::string> member_set;    // ... their names, and the Python variables'
    bool in_stmt_that_cannot_suspend = false;  // see declares_members()
    bool uses_ret = false;               // a return went through a finally or with: ret_ holds its value
    std::string frame = "fs_.frame";     // the running py::Frame (line numbers for tracebacks)
    int line = 0;                        // the line the code being written stored last
    std::vector<DispatchScope> dispatch;
    int resume_points = 0;
    // What the machine turned out to do (its frame's kDelegates,
    // kYieldsInHandler and kReadsSent: the inline fast paths skip what it
    // can't need).
    bool delegates = false;              // has a `yield from`
    bool yields_in_handler = false;      // has a handler or finally body that can suspend
    bool reads_sent = false;             // reads a value sent in (`x = yield`, `yield from`)
    std::string sm_states;               // --dump=sm: resume points and try entries
    std::vector<std::string> member_names;  // --dump=sm: the frame members declare() added
    std::string member_clears;           // clear_locals(): releases what declare() added
    std::string member_visits;           // gc_traverse(): reports the Values among them (others count as held from outside)
    // What the statement being emitted declared, released at its end so
    // objects die when CPython would drop them: {type, name}.
    std::vector<std::pair<std::string, std::string>> gen_temps;
    // Every frame member declare() added, in order (what a try body
    // declared is a range of it).
    std::vector<std::pair<std::string, std::string>> temp_members;
  };
  FunctionEmission fn_;
  void release_gen_temps(size_t mark);
  void release_member(const std::pair<std::string, std::string>& member);
  void release_members_since(size_t first, size_t last);
  FuncCtx* ctx_ = nullptr;
  Names names_;

  // Translation-unit level pieces, assembled by run().
  std::vector<std::string> const_inits_;  // K[i] = ...
  std::map<std::string, std::string> str_consts_, bigint_consts_, complex_consts_, tuple_consts_;
  std::map<std::vector<std::string>, std::string> kwnames_;
  std::vector<std::string> kw_inits_;
  size_t module_attr_sites_ = 0;  // MA[i]: call sites of `m.f(...)` on an imported module
  std::map<std::string, std::string> builtins_used_;  // name -> B_name
  std::set<std::string> module_globals_;
  std::map<std::string, const ast::FunctionDef*> known_functions_;  // global name -> sole def
  // Known functions' names, chosen up front so that calls and loops can
  // name them before their def is emitted.
  std::map<const ast::FunctionDef*, FunctionNames> known_names_;
  bool local_generator_loop(const ast::For& s, const std::string& it);
  // The names of the machine of the known generator (or coroutine) function
  // called `id`, or null (`only`: of that kind only): a for loop can hold a
  // generator's frame on the stack (py::LocalGenIter) before the def is
  // emitted.
  const FunctionNames* known_machine(const std::string& id, std::optional<MachineKind> only = std::nullopt) const;
  void guess_generators(const ast::Stmt& s, std::map<std::string, std::string>& guesses) const;
  std::string decls_;      // CodeInfo tables, forward declarations
  std::string frames_;     // generator frame structs (complete before any function needs their size)
  std::string functions_;  // function bodies
  std::vector<std::string> qual_stack_;
};

// CPython's builtin names (for compile-time resolution). available_names.cpp
// holds them; what the runtime provides comes from its manifest.
bool is_builtin_name(const std::string& name);
// Those of them the runtime does not provide (a compile-time error).
bool is_builtin_not_provided(const std::string& name);
// A module the runtime provides, and every package of its dotted name.
bool is_runtime_module(const std::string& dotted_name);
// A name CPython's `module` has and the runtime's lacks (only for modules
// whose names the manifest lists).
bool is_module_name_not_provided(const std::string& module, const std::string& name);
// Parameter names in binding order (CodeInfo's order; the params_ array's).
std::vector<std::string> param_names(const ast::Arguments& args);
// A call with `nargs` positional arguments fills exactly these parameters
// (no defaults used, no *args/**kwargs/keyword-only): their C++ entry can
// take the arguments as they are.
bool binds_positionally(const ast::Arguments& params, size_t nargs);

}  // namespace pyco2cpp::codegen

// Formatting an Operand writes its code.
template <>
struct fmt::formatter<pyco2cpp::codegen::Operand> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const pyco2cpp::codegen::Operand& op, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(op.code, ctx);
  }
};
