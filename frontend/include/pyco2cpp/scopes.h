// The resolve step: ast::Module -> ScopeTable (CPython's symtable rules).
//
// For every scope (module, class, function, lambda, comprehension) it says
// how each name binds: local, global (declared or implicit), free (a
// closure's captured variable), cell (a local captured by an inner scope),
// what kind of function the scope is (plain, generator, coroutine, async
// generator), where its code suspends, and which of its statements and
// expressions can suspend. Codegen reads this; it never walks the tree again
// to re-derive it.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/diagnostics.h"

namespace pyco2cpp {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };
enum class FunctionKind { Plain, Generator, Coroutine, AsyncGenerator };

enum class Binding {
  Local,           // assigned in this scope (function locals; class-body names)
  GlobalExplicit,  // `global x`
  GlobalImplicit,  // read here, bound nowhere enclosing: module global or builtin
  Free,            // bound in an enclosing function scope (or `nonlocal x`)
  Cell,            // local here and captured by an inner scope
};

struct Symbol {
  std::string name;
  Binding binding = Binding::Local;
  bool is_param = false;
  bool assigned = false;  // bound somewhere in this scope
  bool used = false;      // read somewhere in this scope
  // How many places bind it in this scope (def, class, assignment and
  // for/with/except/import targets, walrus, del, augmented assignment,
  // annotation; parameters). A module global's count includes the bindings
  // of functions and classes that declare it `global`: a module-level def
  // bound exactly once is the function whenever the name is read.
  int bindings = 0;
  // A `del` or an `except ... as` in this scope can unbind it again.
  bool unbindable = false;
  // Bound exactly once, by `import m` (or `import m as n`): the module (m),
  // whatever reads the name while it is bound. Empty otherwise.
  std::string imported_module;
};

// Where a scope's own code suspends (and resumes later).
struct SuspensionPoint {
  enum Kind { Yield, YieldFrom, Await, AsyncFor, AsyncWith, AsyncComprehension };
  Kind kind;
  ast::Loc loc;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  FunctionKind function_kind = FunctionKind::Plain;
  std::string name;  // "<module>", function name, "<lambda>", "<listcomp>", ...
  const void* node = nullptr;  // the ast node that opened it (Module, FunctionDef, Lambda, ClassDef, ListComp, ...)
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;  // in source order
  std::vector<Symbol> symbols;                   // in first-seen order
  std::unordered_map<std::string, size_t> symbol_index;  // name -> its first place in `symbols`
  // A method that uses super() or __class__ (also set on a function that
  // only passes the cell on to such an inner function), and a class that
  // must provide that __class__ cell to its methods.
  bool needs_class_cell = false;
  // has_await: this scope's own code suspends on an awaitable (await,
  // async for / async with, an asynchronous comprehension it builds).
  bool has_yield = false, has_await = false;
  // A module or class body with an annotated assignment: CPython makes its
  // __annotations__ dict when the body starts (SETUP_ANNOTATIONS).
  bool has_annotations = false;
  std::vector<SuspensionPoint> suspension_points;  // in the order resolve meets them

  // `name` as written in the source; a private name (`__x` inside class C)
  // is found under its mangled symbol name (`_C__x`) too.
  const Symbol* find(const std::string& name) const;
  Symbol* find(const std::string& name);
};

struct ScopeTable {
  std::unique_ptr<Scope> module;
  std::map<const void*, Scope*> by_node;  // ast node -> its scope

  const Scope* scope_of(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }

  // Whether running this statement or expression can suspend the scope it
  // belongs to: it is or contains one of the scope's suspension points
  // (nested scopes' own suspensions do not count; a comprehension's
  // outermost iterable, a def's defaults and a class's bases run where they
  // stand and do).
  bool can_suspend(const ast::Stmt& stmt) const { return suspending.count(&stmt) > 0; }
  bool can_suspend(const ast::Expr& expr) const { return suspending.count(&expr) > 0; }
  bool can_suspend(const ast::StmtList& body) const {
    for (const auto& stmt : body)
      if (can_suspend(*stmt)) return true;
    return false;
  }

  std::unordered_set<const void*> suspending;  // the statements and expressions above
};

// Reports CPython's compile-time errors found here ("'return' outside
// function", "'await' outside async function", "name 'x' is assigned to
// before global declaration", "no binding for nonlocal 'x' found", ...).
ScopeTable resolve(const ast::Module& module, Diagnostics& diags);

// CPython's private-name mangling: inside class C (and anything nested in
// it) `__x` means `_C__x`, for names and attributes alike. Symbol names are
// stored mangled, as CPython's symbol table stores them.
std::string mangle(const std::string& class_name, const std::string& name);
std::string mangle(const Scope& scope, const std::string& name);  // nearest enclosing class

// Rewrites the tree's private names to their mangled spelling (names,
// attributes, parameters, import and except bindings, global/nonlocal, the
// variable a def or class binds), as CPython's compiler emits them. Runs
// after resolve, whose messages name what the source wrote; codegen then
// sees the names the program uses at run time.
void mangle_private_names(ast::Module& module);

// `--dump=scopes`: each scope, its kind, and each symbol with its binding.
std::string dump_scopes(const ScopeTable& table);

}  // namespace pyco2cpp
