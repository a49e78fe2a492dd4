// The function being emitted, whichever syntax made it: a def, a lambda, a
// generator expression, or an asynchronous list/set/dict comprehension (the
// last two are functions of one parameter, `.0`, the iterator of their
// outermost iterable, as in CPython 3.11). Codegen emits them all through
// one path; the view says what the body is and whether it is a state
// machine. (A comprehension that cannot suspend is written inline in its
// enclosing function instead: Emitter::comprehension.)
#pragma once

#include <optional>
#include <string>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/scopes.h"

namespace pyco2cpp::codegen {

// A function whose body can suspend becomes a state machine; plain
// functions are not machines. The kind decides the Python type of the
// object calling the function makes (generator, coroutine, async generator).
enum class MachineKind { Generator, Coroutine, AsyncGenerator };

inline std::optional<MachineKind> machine_kind(const Scope& scope) {
  switch (scope.function_kind) {
    case FunctionKind::Plain: return std::nullopt;
    case FunctionKind::Generator: return MachineKind::Generator;
    case FunctionKind::Coroutine: return MachineKind::Coroutine;
    case FunctionKind::AsyncGenerator: return MachineKind::AsyncGenerator;
  }
  return std::nullopt;
}

class FunctionView {
 public:
  enum class Body {
    Statements,      // a def: `statements()`
    Expression,      // a lambda: its value is returned
    GeneratorLoops,      // a generator expression: its loops yield each element
    ComprehensionLoops,  // an asynchronous comprehension: its loops build the list/set/dict it returns
  };

  static FunctionView of(const ast::FunctionDef& def, const Scope& scope) {
    FunctionView v(scope, def.loc, def.name, Body::Statements);
    v.def_ = &def;
    return v;
  }
  static FunctionView of(const ast::Lambda& lambda, const Scope& scope) {
    FunctionView v(scope, lambda.loc, "<lambda>", Body::Expression);
    v.lambda_ = &lambda;
    return v;
  }
  static FunctionView of(const ast::GeneratorExp& genexp, const Scope& scope) {
    FunctionView v(scope, genexp.loc, "<genexpr>", Body::GeneratorLoops);
    v.loops_ = &genexp;
    return v;
  }
  // A list, set or dict comprehension that runs as a coroutine of its own.
  static FunctionView of_async_comprehension(const ast::Expr& comp, const Scope& scope, std::string name) {
    FunctionView v(scope, comp.loc, std::move(name), Body::ComprehensionLoops);
    v.loops_ = &comp;
    return v;
  }

  const Scope& scope() const { return *scope_; }
  const ast::Loc& loc() const { return loc_; }
  const std::string& name() const { return name_; }  // co_name
  Body body() const { return body_; }
  std::optional<MachineKind> machine() const { return machine_kind(*scope_); }

  const ast::Arguments& args() const {
    if (def_) return def_->args;
    if (lambda_) return lambda_->args;
    return loops_args();
  }
  const ast::FunctionDef* def() const { return def_; }  // null unless a def
  const ast::StmtList& statements() const { return def_->body; }
  const ast::Expr& expression() const { return *lambda_->body; }
  // The generator expression or comprehension whose loops are the body.
  const ast::Expr& loops() const { return *loops_; }

 private:
  FunctionView(const Scope& scope, ast::Loc loc, std::string name, Body body)
      : scope_(&scope), loc_(loc), name_(std::move(name)), body_(body) {}

  // A generator expression's or comprehension's one parameter, the outermost iterator.
  static const ast::Arguments& loops_args() {
    static const ast::Arguments args = [] {
      ast::Arguments a;
      a.args.push_back({".0", nullptr, {}});
      return a;
    }();
    return args;
  }

  const Scope* scope_;
  ast::Loc loc_;
  std::string name_;
  Body body_;
  const ast::FunctionDef* def_ = nullptr;
  const ast::Lambda* lambda_ = nullptr;
  const ast::Expr* loops_ = nullptr;
};

}  // namespace pyco2cpp::codegen
