// `--dump=scopes`: the scope tree, one scope header per line and its symbols
// indented below it, in the order the resolver saw them:
//
//   module <module>
//     f: local
//     function f line 3 (generator, yield)
//       suspends: 4:13 yield, 6:8 yield from
//       param x: local
//       y: cell (bound 2)
//       e: local (unbindable)
//       function g line 5
//         y: free
//
// Header: KIND NAME [line N] [(flags)]; flags are the function kind
// (generator / coroutine / async generator), `yield` and `await` when the
// scope's own code suspends, and `class cell` (a class that provides the
// __class__ cell, or a function that needs it for super()).
// `suspends:` lists the scope's suspension points (LINE:COL, COL from 1).
// Symbol: [param ]NAME: local | cell | free | global explicit | global implicit,
// then `bound N` when more than one place binds it and `unbindable` when a
// `del` or `except ... as` can unbind it.
#include <string>
#include <vector>

#include "pyco2cpp/scopes.h"

namespace pyco2cpp {
namespace {

const char* kind_word(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Module: return "module";
    case ScopeKind::Class: return "class";
    case ScopeKind::Function: return "function";
    case ScopeKind::Lambda: return "lambda";
    case ScopeKind::Comprehension: return "comprehension";
  }
  return "?";
}

const char* binding_word(Binding binding) {
  switch (binding) {
    case Binding::Local: return "local";
    case Binding::GlobalExplicit: return "global explicit";
    case Binding::GlobalImplicit: return "global implicit";
    case Binding::Free: return "free";
    case Binding::Cell: return "cell";
  }
  return "?";
}

const char* suspension_word(SuspensionPoint::Kind kind) {
  switch (kind) {
    case SuspensionPoint::Yield: return "yield";
    case SuspensionPoint::YieldFrom: return "yield from";
    case SuspensionPoint::Await: return "await";
    case SuspensionPoint::AsyncFor: return "async for";
    case SuspensionPoint::AsyncWith: return "async with";
    case SuspensionPoint::AsyncComprehension: return "async comprehension";
  }
  return "?";
}

int line_of(const Scope& scope) {
  if (!scope.node) return 0;
  switch (scope.kind) {
    case ScopeKind::Module: return 0;
    case ScopeKind::Class: return static_cast<const ast::ClassDef*>(scope.node)->loc.line;
    case ScopeKind::Function: return static_cast<const ast::FunctionDef*>(scope.node)->loc.line;
    case ScopeKind::Lambda:
    case ScopeKind::Comprehension: return static_cast<const ast::Expr*>(scope.node)->loc.line;
  }
  return 0;
}

void dump(const Scope& scope, int depth, std::string& out) {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  out += indent + kind_word(scope.kind) + " " + scope.name;
  if (int line = line_of(scope)) out += " line " + std::to_string(line);

  std::vector<std::string> flags;
  switch (scope.function_kind) {
    case FunctionKind::Plain: break;
    case FunctionKind::Generator: flags.push_back("generator"); break;
    case FunctionKind::Coroutine: flags.push_back("coroutine"); break;
    case FunctionKind::AsyncGenerator: flags.push_back("async generator"); break;
  }
  if (scope.has_yield) flags.push_back("yield");
  if (scope.has_await) flags.push_back("await");
  if (scope.needs_class_cell) flags.push_back("class cell");
  if (!flags.empty()) {
    out += " (";
    for (size_t i = 0; i < flags.size(); ++i) out += (i ? ", " : "") + flags[i];
    out += ")";
  }
  out += "\n";

  if (!scope.suspension_points.empty()) {
    out += indent + "  suspends:";
    const char* separator = " ";
    for (const SuspensionPoint& point : scope.suspension_points) {
      out += separator + std::to_string(point.loc.line) + ":" + std::to_string(point.loc.col + 1) + " " +
             suspension_word(point.kind);
      separator = ", ";
    }
    out += "\n";
  }
  for (const Symbol& symbol : scope.symbols) {
    out += indent + "  " + (symbol.is_param ? "param " : "") + symbol.name + ": " +
           binding_word(symbol.binding);
    std::vector<std::string> facts;
    if (symbol.bindings > 1) facts.push_back("bound " + std::to_string(symbol.bindings));
    if (symbol.unbindable) facts.push_back("unbindable");
    for (size_t i = 0; i < facts.size(); ++i) out += (i ? ", " : " (") + facts[i];
    out += facts.empty() ? "\n" : ")\n";
  }
  for (const auto& child : scope.children) dump(*child, depth + 1, out);
}

}  // namespace

std::string dump_scopes(const ScopeTable& table) {
  std::string out;
  if (table.module) dump(*table.module, 0, out);
  return out;
}

}  // namespace pyco2cpp
