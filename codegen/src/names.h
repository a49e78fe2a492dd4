// Every C++ name codegen makes up is made here, so that one name means one
// thing and a reader of the emitted C++ can tell what each one is.
//
// Names of Python things come from the Python name:
//   v_count          a local variable `count`      c_count   a cell (captured local)
//   G_count          the module global `count`     B_print   the builtin `print`
//   K[i], KW[i]      constants and keyword-name tuples of the unit
//   KF_count         the function object `count`'s def made (a known function)
// and each function's C++ entities from its qualified name, one base for
// all of them (`Counter.step`, `make.<locals>.inner` -> Counter_step,
// make_inner; a repeated base gets _2, _3, ...):
//   fn_B             the C++ function behind a call   code_B / params_B  its CodeInfo
//   Frame_B, resume_B, setup_B   a machine: its frame struct, resume function, parameter binding
//
// Helper variables of one statement carry that statement's number, so
// why_7 and fin_7 belong to the same try statement. Helper::... lists them.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace pyco2cpp::codegen {

// A Python identifier made into a C++ identifier (unicode escaped).
std::string mangle(const std::string& id);

enum class Helper {
  Temp,         // t_N          a value computed before the operation that uses it (evaluation order)
  Args,         // a_N          a call's argument array
  Unpack,       // u_N          the items of a tuple/list assignment
  Iter,         // it_N         an iterator: a for loop's, a comprehension clause's
  Item,         // item_N       what the iterator's next() produced
  Module,       // mod_N        a module being imported
  Method,       // method_N     a method looked up before its arguments run
  FuncValue,    // func_N       the function object a def made, before its decorators
  ClassBases,   // bases_N      a class statement's bases
  ClassNs,      // ns_N         its namespace while the body runs
  ClassCell,    // class_cell_N the __class__ cell its methods share
  ClassValue,   // cls_N        the class made, before its decorators
  CompFrame,    // comp_frame_N a comprehension's traceback frame
  With,         // with_N       a with statement's context manager
  Raised,       // raised_N     the with body raised (its __exit__ ran already)
  Why,          // why_N        the return/break/continue waiting for a finally or with to end
  Finally,      // fin_N        the label where that clean-up runs
  LoopElse,     // else_N       a loop's else clause
  LoopEnd,      // end_N        after a loop's else clause (where `break` goes)
  TryOk,        // ok_N         the try body finished: its else clause runs
  Caught,       // e_N          the C++ exception a catch block received
  Handler,      // handler_N    the py::HandlerScope of an except or finally block
  CaughtExc,    // exc_N        in a machine, the exception waiting for handlers that can suspend
  ExceptStar,   // star_N       a try/except*'s py::ExceptStar: what is left to match, what handlers raised
  StarMatch,    // match_N      an except* clause's part of the group (Unbound: none)
  StarHandler,  // star_handler_N the py::HandlerScope making that part the exception being handled
  Pending,      // pend_N       in a machine, the exception waiting for a finally that can suspend
  OuterExc,     // outer_exc_N  in a machine, the handled exception such a handler or finally replaced
  TryEntry,     // try_entry_N  where a machine's dispatch enters a try block
  Resume,       // resume_N     a machine's resume point N (its state number)
};

// A function's C++ names (see above).
struct FunctionNames {
  std::string base;
  std::string entry() const { return "fn_" + base; }
  std::string code() const { return "code_" + base; }
  std::string params() const { return "params_" + base; }
  std::string frame() const { return "Frame_" + base; }
  std::string resume() const { return "resume_" + base; }
  std::string setup() const { return "setup_" + base; }
};

class Names {
 public:
  // Names of Python things (above). `suffix` keeps an inline scope's
  // variables apart from its enclosing function's (a comprehension's).
  static std::string local(const std::string& id, const std::string& suffix = "") { return "v_" + mangle(id) + suffix; }
  static std::string cell(const std::string& id, const std::string& suffix = "") { return "c_" + mangle(id) + suffix; }
  static std::string global(const std::string& id) { return "G_" + mangle(id); }
  static std::string builtin(const std::string& id) { return "B_" + mangle(id); }
  static std::string known_function(const std::string& id) { return "KF_" + mangle(id); }
  std::string inline_scope_suffix() { return "_c" + std::to_string(next_id()); }

  // A statement's number, for its helpers.
  int next_id() { return ++counter_; }
  // `kind`'s name for statement `id`.
  static std::string helper(Helper kind, int id);
  // A helper of a statement of its own.
  std::string fresh(Helper kind) { return helper(kind, next_id()); }
  // Names for the function (or module, or comprehension) `qualname`, unique in the unit.
  FunctionNames function(std::string_view qualname);

 private:
  int counter_ = 0;
  std::map<std::string, int> bases_;  // base -> how many functions have it
};


}  // namespace pyco2cpp::codegen
