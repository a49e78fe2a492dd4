// Private names in the tree, as CPython's compiler spells them.
//
// The symbol table already stores `__x` inside class C as `_C__x` (as
// symtable.c does) and reports its errors with the name as written. What the
// program does at run time depends on the mangled spelling everywhere a name
// or an attribute is emitted (compile.c's _Py_Mangle calls: names, attributes,
// parameters and so keyword-only defaults and annotations, import bindings),
// so once resolve is done the tree itself is rewritten and codegen sees only
// mangled names. What CPython leaves alone stays: keyword names in calls and
// class keywords, the module named by an import, strings, and a def's or
// class's own __name__ (only the variable it binds changes).
#include <string>
#include <utility>
#include <vector>

#include "pyco2cpp/ast_walk.h"
#include "pyco2cpp/scopes.h"

namespace pyco2cpp {
namespace {

class Mangler : ast::Walker<Mangler, ast::Reach::All> {
  friend Walker;

 public:
  void run(ast::Module& module) { statements(module.body); }

 private:
  std::string private_;  // the innermost enclosing class's name, as written

  void rename(std::string& name) const { name = mangle(private_, name); }
  void rename(std::vector<std::string>& names) const {
    for (auto& name : names) rename(name);
  }
  void parameters(ast::Arguments& args) {
    for (auto* list : {&args.posonlyargs, &args.args, &args.kwonlyargs})
      for (auto& arg : *list) rename(arg.name);
    if (args.vararg) rename(args.vararg->name);
    if (args.kwarg) rename(args.kwarg->name);
  }
  void alias(ast::Alias& alias) {
    if (!alias.asname.empty()) return rename(alias.asname);
    // `import __m` inside class C imports `__m` and binds `_C__m`; a dotted
    // name is never mangled (its top would be: see the report of known gaps).
    std::string bound = mangle(private_, alias.name);
    if (bound != alias.name) alias.asname = std::move(bound);
  }

  // The tree is the caller's and mutable; the walker hands out const views.
  void statement(const ast::Stmt& node) {
    auto& stmt = const_cast<ast::Stmt&>(node);
    switch (stmt.kind) {
      case ast::StmtKind::ClassDef: {
        auto& cls = static_cast<ast::ClassDef&>(stmt);
        if (std::string bound = mangle(private_, cls.name); bound != cls.name) cls.binds = std::move(bound);
        expressions(cls.decorator_list);
        expressions(cls.bases);
        for (auto& keyword : cls.keywords) expression(*keyword.value);
        std::string outer = std::exchange(private_, cls.name);
        statements(cls.body);
        private_ = std::move(outer);
        return;
      }
      case ast::StmtKind::FunctionDef: {
        auto& def = static_cast<ast::FunctionDef&>(stmt);
        if (std::string bound = mangle(private_, def.name); bound != def.name) def.binds = std::move(bound);
        parameters(def.args);
        break;
      }
      case ast::StmtKind::Try:
        for (auto& handler : static_cast<ast::Try&>(stmt).handlers)
          if (!handler.name.empty()) rename(handler.name);
        break;
      case ast::StmtKind::Import:
        for (auto& name : static_cast<ast::Import&>(stmt).names) alias(name);
        break;
      case ast::StmtKind::ImportFrom:
        for (auto& name : static_cast<ast::ImportFrom&>(stmt).names)
          if (name.name != "*") alias(name);
        break;
      case ast::StmtKind::Global: rename(static_cast<ast::Global&>(stmt).names); break;
      case ast::StmtKind::Nonlocal: rename(static_cast<ast::Nonlocal&>(stmt).names); break;
      default: break;
    }
    children(stmt);
  }

  void expression(const ast::Expr& node) {
    auto& expr = const_cast<ast::Expr&>(node);
    switch (expr.kind) {
      case ast::ExprKind::Name: rename(static_cast<ast::Name&>(expr).id); break;
      case ast::ExprKind::Attribute: rename(static_cast<ast::Attribute&>(expr).attr); break;
      case ast::ExprKind::Lambda: parameters(static_cast<ast::Lambda&>(expr).args); break;
      default: break;
    }
    children(expr);
  }
};

}  // namespace

void mangle_private_names(ast::Module& module) { Mangler().run(module); }

}  // namespace pyco2cpp
