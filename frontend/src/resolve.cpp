// The resolve step: CPython 3.11's symbol table, rebuilt on our AST.
//
// Two passes, as CPython does it:
//  1. collect: walk the AST, open a scope per module/class/def/lambda/
//     comprehension, and record for every name how it is used there
//     (assigned, read, parameter, `global`, `nonlocal`, imported, ...).
//     The errors CPython's symtable raises while walking are reported here.
//  2. analyze: from the flags, decide each name's binding top-down (which
//     names enclosing functions bind) and bottom-up (which locals inner
//     scopes capture, turning them into cells).
// Then resolve_placement.cpp runs the checks CPython's compiler makes.
#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pyco2cpp/ast_walk.h"
#include "pyco2cpp/scopes.h"
#include "resolve_internal.h"

namespace pyco2cpp {

std::string mangle(const std::string& class_name, const std::string& name) {
  // Only `__spam` is private: not `__spam__`, not dotted import names.
  if (class_name.empty() || name.size() < 3 || name.compare(0, 2, "__") != 0) return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos)
    return name;
  size_t start = class_name.find_first_not_of('_');
  if (start == std::string::npos) return name;  // a class named only underscores
  return "_" + class_name.substr(start) + name;
}

std::string mangle(const Scope& scope, const std::string& name) {
  for (const Scope* at = &scope; at; at = at->parent)
    if (at->kind == ScopeKind::Class) return mangle(at->name, name);
  return name;
}

const Symbol* Scope::find(const std::string& wanted) const {
  auto at = [&](const std::string& name) -> const Symbol* {
    auto it = symbol_index.find(name);
    return it == symbol_index.end() ? nullptr : &symbols[it->second];
  };
  if (const Symbol* symbol = at(wanted)) return symbol;
  // Accept the source spelling of a private name (`__x` inside class C is
  // stored as `_C__x`, as CPython's symbol table does).
  std::string mangled = mangle(*this, wanted);
  return mangled != wanted ? at(mangled) : nullptr;
}

Symbol* Scope::find(const std::string& wanted) {
  return const_cast<Symbol*>(static_cast<const Scope*>(this)->find(wanted));
}

namespace {

using resolve_detail::fail;
using resolve_detail::Stop;
using NameSet = std::set<std::string>;

// How a name is used inside one scope (CPython's DEF_* flags).
enum UseFlag : unsigned {
  kDefGlobal = 1u << 0,    // `global x`
  kDefLocal = 1u << 1,     // assigned / deleted / def / class / except-as / walrus
  kDefParam = 1u << 2,     // parameter
  kDefNonlocal = 1u << 3,  // `nonlocal x`
  kUse = 1u << 4,          // read
  kDefImport = 1u << 5,    // bound by import
  kDefAnnot = 1u << 6,     // annotated (`x: int`)
  kDefCompIter = 1u << 7,  // a comprehension's iteration variable
};
constexpr unsigned kDefBound = kDefLocal | kDefParam | kDefImport;

enum class CompKind { None, List, Set, Dict, Generator };

// Pass-1 state for one scope; mirrors one Scope.
struct Block {
  Scope* scope = nullptr;
  std::vector<std::string> order;  // first-seen order of names
  std::unordered_map<std::string, unsigned> flags;
  // Where each global/nonlocal (or walrus-implied) declaration was made; the
  // first one per name is where analysis errors point.
  std::vector<std::pair<std::string, ast::Loc>> directives;
  std::vector<Block*> children;
  bool generator = false, coroutine = false;
  std::unordered_map<std::string, int> binding_count;  // Symbol::bindings
  std::unordered_map<std::string, std::string> imported_module;  // Symbol::imported_module (if bound once)
  std::set<std::string> unbindable;                     // Symbol::unbindable
  // The statements and expressions of this scope being visited, outermost
  // first: what a suspension point found now is inside of.
  std::vector<const void*> path;
  CompKind comp = CompKind::None;
  int comp_iter_expr = 0;         // > 0 while visiting a comprehension's iterable here
  bool comp_iter_target = false;  // while visiting a comprehension's `for` target here

  bool function_like() const {
    return scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda ||
           scope->kind == ScopeKind::Comprehension;
  }
  unsigned get(const std::string& name) const {
    auto it = flags.find(name);
    return it == flags.end() ? 0u : it->second;
  }
  unsigned& slot(const std::string& name) {
    auto [it, inserted] = flags.try_emplace(name, 0u);
    if (inserted) order.push_back(name);
    return it->second;
  }
  ast::Loc directive_loc(const std::string& name) const {
    for (const auto& [declared, loc] : directives)
      if (declared == name) return loc;
    return {};
  }
};

std::string quoted(const std::string& name) { return "'" + name + "'"; }

class Collector : ast::Walker<Collector, ast::Reach::All> {
  friend Walker;

 public:
  Collector(ScopeTable& table, Diagnostics& diags) : table_(table), diags_(diags) {}

  void run(const ast::Module& module) {
    table_.module = std::make_unique<Scope>();
    Scope* scope = table_.module.get();
    scope->kind = ScopeKind::Module;
    scope->name = "<module>";
    scope->node = &module;
    table_.by_node[&module] = scope;
    module_ = new_block(scope);
    stack_.push_back(module_);
    statements(module.body);
    stack_.pop_back();
  }

  Block* module_block() const { return module_; }

 private:
  ScopeTable& table_;
  Diagnostics& diags_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<Block*> stack_;
  Block* module_ = nullptr;

  Block* current() const { return stack_.back(); }

  Block* new_block(Scope* scope) {
    blocks_.push_back(std::make_unique<Block>());
    blocks_.back()->scope = scope;
    return blocks_.back().get();
  }

  void enter(ScopeKind kind, std::string name, const void* node) {
    Block* parent = current();
    auto owned = std::make_unique<Scope>();
    Scope* scope = owned.get();
    scope->kind = kind;
    scope->name = std::move(name);
    scope->node = node;
    scope->parent = parent->scope;
    parent->scope->children.push_back(std::move(owned));
    table_.by_node[node] = scope;
    Block* block = new_block(scope);
    parent->children.push_back(block);
    stack_.push_back(block);
  }
  void leave() { stack_.pop_back(); }

  // ---------------------------------------------------------------- binding

  // Private names (`__x`) inside a class body, and in everything nested in
  // it, are stored mangled (`_C__x`), as CPython does.
  std::string private_class_;
  std::string mangled(const std::string& name) const { return mangle(private_class_, name); }
  unsigned seen(const std::string& name) const { return current()->get(mangled(name)); }

  void define_in(Block* block, const std::string& source_name, unsigned flag, ast::Loc loc) {
    const std::string name = mangled(source_name);
    unsigned& value = block->slot(name);
    if ((flag & kDefParam) && (value & kDefParam))
      fail(diags_, loc, "duplicate argument " + quoted(source_name) + " in function definition");
    value |= flag;
    if (flag & (kDefLocal | kDefParam | kDefImport)) {
      ++block->binding_count[name];
      // Bound here but declared global: the module's name is rebound.
      if ((value & kDefGlobal) && block != module_) ++module_->binding_count[name];
    }
    if (block->comp_iter_target) {
      if (value & (kDefGlobal | kDefNonlocal))
        fail(diags_, loc,
             "comprehension inner loop cannot rebind assignment expression target " +
                 quoted(source_name));
      value |= kDefCompIter;
    }
    // A `global` anywhere also marks the name in the module's table, as
    // CPython does; the module then treats it as explicitly global.
    if ((flag & kDefGlobal) && !(flag & kDefParam)) module_->slot(name) |= flag;
  }
  void define(const std::string& name, unsigned flag, ast::Loc loc) {
    define_in(current(), name, flag, loc);
  }

  // ------------------------------------------------------------- statements

  // Parameters in symtable.c's order (keyword-only before *args).
  void parameters(const ast::Arguments& args) {
    auto each = [&](const std::vector<ast::Arg>& list) {
      for (const auto& arg : list) define(arg.name, kDefParam, arg.loc);
    };
    each(args.posonlyargs);
    each(args.args);
    each(args.kwonlyargs);
    if (args.vararg) define(args.vararg->name, kDefParam, args.vararg->loc);
    if (args.kwarg) define(args.kwarg->name, kDefParam, args.kwarg->loc);
  }

  void declare(const ast::Stmt& stmt, const std::vector<std::string>& names, bool is_global) {
    const char* what = is_global ? "global" : "nonlocal";
    for (const std::string& name : names) {
      unsigned previous = seen(name);
      if (previous & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string message;
        if (previous & kDefParam)
          message = "name " + quoted(name) + " is parameter and " + what;
        else if (previous & kUse)
          message = "name " + quoted(name) + " is used prior to " + what + " declaration";
        else if (previous & kDefAnnot)
          message = "annotated name " + quoted(name) + " can't be " + what;
        else
          message = "name " + quoted(name) + " is assigned to before " + what + " declaration";
        fail(diags_, stmt.loc, message);
      }
      define(name, is_global ? kDefGlobal : kDefNonlocal, stmt.loc);
      current()->directives.emplace_back(mangled(name), stmt.loc);
    }
  }

  void alias(const ast::Alias& alias) {
    if (alias.name == "*") {
      if (current()->scope->kind != ScopeKind::Module)
        fail(diags_, alias.loc, "import * only allowed at module level");
      return;
    }
    define(ast::bound_name(alias), kDefImport, alias.loc);
  }

  void statement(const ast::Stmt& stmt) {
    OnPath here(current(), &stmt);
    if (auto* loop = stmt.as<ast::For>(); loop && loop->is_async)
      suspends(SuspensionPoint::AsyncFor, stmt.loc);
    if (auto* with = stmt.as<ast::With>(); with && with->is_async)
      suspends(SuspensionPoint::AsyncWith, stmt.loc);
    statement_parts(stmt);
  }

  // Statements whose children symtable.c visits in an order of its own
  // (names are recorded in first-seen order, and the first error found is
  // the one reported), or that bind names outside any expression.
  void statement_parts(const ast::Stmt& stmt) {
    using K = ast::StmtKind;
    switch (stmt.kind) {
      case K::FunctionDef: {
        auto& def = static_cast<const ast::FunctionDef&>(stmt);
        define(def.name, kDefLocal, def.loc);
        ast::for_each_default(def.args, [&](const ast::Expr& e) { expression(e); });
        ast::for_each_annotation(def.args, def.returns, [&](const ast::Expr& e) { expression(e); });
        expressions(def.decorator_list);
        enter(ScopeKind::Function, def.name, &def);
        if (def.is_async) current()->coroutine = true;
        parameters(def.args);
        statements(def.body);
        leave();
        break;
      }
      case K::ClassDef: {
        auto& cls = static_cast<const ast::ClassDef&>(stmt);
        define(cls.name, kDefLocal, cls.loc);
        expressions(cls.bases);
        for (const auto& keyword : cls.keywords) expression(*keyword.value);
        expressions(cls.decorator_list);
        enter(ScopeKind::Class, cls.name, &cls);
        std::string outer_private = std::exchange(private_class_, cls.name);
        statements(cls.body);
        private_class_ = std::move(outer_private);
        leave();
        break;
      }
      case K::Assign: {
        auto& assign = static_cast<const ast::Assign&>(stmt);
        expressions(assign.targets);
        expression(*assign.value);
        break;
      }
      case K::AnnAssign: {
        auto& assign = static_cast<const ast::AnnAssign&>(stmt);
        Scope* scope = current()->scope;
        if ((scope->kind == ScopeKind::Module || scope->kind == ScopeKind::Class) && !scope->has_annotations) {
          scope->has_annotations = true;
          define("__annotations__", kDefLocal, stmt.loc);
        }
        if (auto* name = assign.target->as<ast::Name>()) {
          unsigned previous = seen(name->id);
          if ((previous & (kDefGlobal | kDefNonlocal)) && current() != module_ && assign.simple)
            fail(diags_, stmt.loc,
                 "annotated name " + quoted(name->id) + " can't be " +
                     ((previous & kDefGlobal) ? "global" : "nonlocal"));
          if (assign.simple)
            define(name->id, kDefAnnot | kDefLocal, name->loc);
          else if (assign.value)
            define(name->id, kDefLocal, name->loc);
        } else {
          expression(*assign.target);
        }
        expression(*assign.annotation);
        optional(assign.value);
        break;
      }
      case K::For: {
        auto& loop = static_cast<const ast::For&>(stmt);
        expression(*loop.target);
        expression(*loop.iter);
        statements(loop.body);
        statements(loop.orelse);
        break;
      }
      case K::Try: {
        auto& attempt = static_cast<const ast::Try&>(stmt);
        statements(attempt.body);
        statements(attempt.orelse);
        for (const auto& handler : attempt.handlers) {
          optional(handler.type);
          if (!handler.name.empty()) {
            define(handler.name, kDefLocal, handler.loc);
            current()->unbindable.insert(mangled(handler.name));  // deleted when the handler ends
          }
          statements(handler.body);
        }
        statements(attempt.finalbody);
        break;
      }
      case K::Import:
        for (const auto& name : static_cast<const ast::Import&>(stmt).names) {
          alias(name);
          // `import a.b` binds the package a; `import a.b as c` binds a.b.
          std::string module = name.asname.empty() ? ast::bound_name(name) : name.name;
          current()->imported_module[mangled(ast::bound_name(name))] = module;
        }
        break;
      case K::ImportFrom:
        for (const auto& name : static_cast<const ast::ImportFrom&>(stmt).names) alias(name);
        break;
      case K::Global:
        declare(stmt, static_cast<const ast::Global&>(stmt).names, true);
        break;
      case K::Nonlocal:
        declare(stmt, static_cast<const ast::Nonlocal&>(stmt).names, false);
        break;
      default:
        children(stmt);
        break;
    }
  }

  // ------------------------------------------------------------ expressions

  static const char* comprehension_word(CompKind kind) {
    switch (kind) {
      case CompKind::List: return "list comprehension";
      case CompKind::Set: return "set comprehension";
      case CompKind::Dict: return "dict comprehension";
      default: return "generator expression";
    }
  }

  // The statement or expression being visited, on its scope's path.
  struct OnPath {
    Block* block;
    OnPath(Block* b, const void* node) : block(b) { block->path.push_back(node); }
    ~OnPath() { block->path.pop_back(); }
  };

  // The current scope suspends here: record the point, and that everything
  // it is inside of (in this scope) can suspend.
  void suspends(SuspensionPoint::Kind kind, ast::Loc loc) {
    Block* block = current();
    block->scope->suspension_points.push_back({kind, loc});
    for (auto it = block->path.rbegin(); it != block->path.rend(); ++it)
      if (!table_.suspending.insert(*it).second) break;  // its ancestors are in already
  }

  void yield_seen(const ast::Expr& expr) {
    suspends(expr.kind == ast::ExprKind::Yield ? SuspensionPoint::Yield : SuspensionPoint::YieldFrom,
             expr.loc);
    current()->generator = true;
    current()->scope->has_yield = true;
    if (current()->comp != CompKind::None)
      fail(diags_, expr.loc,
           std::string("'yield' inside ") + comprehension_word(current()->comp));
  }

  // A walrus inside a comprehension binds in the nearest enclosing scope
  // that is not a comprehension.
  void bind_walrus_outside(const ast::Name& target) {
    const std::string name = mangled(target.id);
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      Block* block = *it;
      if (block->comp != CompKind::None) {
        if (block->get(name) & kDefCompIter)
          fail(diags_, target.loc,
               "assignment expression cannot rebind comprehension iteration variable " +
                   quoted(name));
        continue;
      }
      if (block->function_like()) {
        unsigned flag = (block->get(name) & kDefGlobal) ? kDefGlobal : kDefNonlocal;
        define(target.id, flag, target.loc);
        current()->directives.emplace_back(name, target.loc);
        define_in(block, target.id, kDefLocal, target.loc);
        return;
      }
      if (block->scope->kind == ScopeKind::Module) {
        define(target.id, kDefGlobal, target.loc);
        current()->directives.emplace_back(name, target.loc);
        define_in(block, target.id, kDefGlobal, target.loc);
        return;
      }
      fail(diags_, target.loc,
           "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void comprehension(const ast::Expr& expr, const ast::ComprehensionParts& parts) {
    const CompKind kind = expr.kind == ast::ExprKind::ListComp  ? CompKind::List
                          : expr.kind == ast::ExprKind::SetComp ? CompKind::Set
                          : expr.kind == ast::ExprKind::DictComp ? CompKind::Dict
                                                                  : CompKind::Generator;
    const char* scope_name = kind == CompKind::List  ? "<listcomp>"
                             : kind == CompKind::Set ? "<setcomp>"
                             : kind == CompKind::Dict ? "<dictcomp>"
                                                      : "<genexpr>";
    const auto& generators = parts.generators;
    const ast::Comprehension& outermost = generators.front();
    // The outermost iterable is evaluated where the comprehension is written.
    ++current()->comp_iter_expr;
    expression(*outermost.iter);
    --current()->comp_iter_expr;

    enter(ScopeKind::Comprehension, scope_name, &expr);
    Block* block = current();
    block->comp = kind;
    if (outermost.is_async) {
      block->coroutine = true;
      block->scope->has_await = true;
    }
    define(".0", kDefParam, expr.loc);  // the outermost iterator, passed in
    block->comp_iter_target = true;
    expression(*outermost.target);
    block->comp_iter_target = false;
    expressions(outermost.ifs);
    for (size_t i = 1; i < generators.size(); ++i) {
      const ast::Comprehension& inner = generators[i];
      block->comp_iter_target = true;
      expression(*inner.target);
      block->comp_iter_target = false;
      ++block->comp_iter_expr;
      expression(*inner.iter);
      --block->comp_iter_expr;
      expressions(inner.ifs);
      if (inner.is_async) {
        block->coroutine = true;
        block->scope->has_await = true;
      }
    }
    if (parts.value) expression(*parts.value);  // symtable.c: a dict comprehension's value before its key
    expression(parts.element);
    bool is_generator = kind == CompKind::Generator;
    block->generator = is_generator;
    bool awaits_when_built = block->coroutine && !is_generator;
    leave();
    // Building a list/set/dict from an asynchronous comprehension awaits it.
    if (awaits_when_built) {
      suspends(SuspensionPoint::AsyncComprehension, expr.loc);
      current()->coroutine = true;
      current()->scope->has_await = true;
    }
  }

  void expression(const ast::Expr& expr) {
    OnPath here(current(), &expr);
    expression_parts(expr);
  }

  void expression_parts(const ast::Expr& expr) {
    using K = ast::ExprKind;
    switch (expr.kind) {
      case K::NamedExpr: {
        auto& walrus = static_cast<const ast::NamedExpr&>(expr);
        if (current()->comp_iter_expr > 0)
          fail(diags_, expr.loc,
               "assignment expression cannot be used in a comprehension iterable expression");
        if (current()->comp != CompKind::None)
          if (auto* target = walrus.target->as<ast::Name>()) bind_walrus_outside(*target);
        children(expr);
        break;
      }
      case K::Lambda: {
        auto& lambda = static_cast<const ast::Lambda&>(expr);
        ast::for_each_default(lambda.args, [&](const ast::Expr& e) { expression(e); });
        enter(ScopeKind::Lambda, "<lambda>", &lambda);
        parameters(lambda.args);
        expression(*lambda.body);
        leave();
        break;
      }
      case K::Dict: {  // symtable.c: every key, then every value
        auto& dict = static_cast<const ast::Dict&>(expr);
        expressions(dict.keys);
        expressions(dict.values);
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::GeneratorExp:
      case K::DictComp:
        comprehension(expr, *ast::comprehension_parts(expr));
        break;
      case K::Await:
        children(expr);
        suspends(SuspensionPoint::Await, expr.loc);
        current()->coroutine = true;
        current()->scope->has_await = true;
        break;
      case K::Yield:
      case K::YieldFrom:
        children(expr);
        yield_seen(expr);
        break;
      case K::Name: {
        auto& name = static_cast<const ast::Name&>(expr);
        bool load = name.ctx == ast::Ctx::Load;
        define(name.id, load ? kUse : kDefLocal, name.loc);
        if (name.ctx == ast::Ctx::Del) current()->unbindable.insert(mangled(name.id));
        // super() finds its class through an implicit __class__ cell.
        if (load && current()->function_like() && name.id == "super")
          define("__class__", kUse, name.loc);
        break;
      }
      default:
        children(expr);
        break;
    }
  }
};

// ------------------------------------------------------------------ analysis

class Analyzer {
 public:
  explicit Analyzer(Diagnostics& diags) : diags_(diags) {}

  void run(Block* module) {
    NameSet free, global;
    analyze(module, nullptr, free, global);
  }

 private:
  Diagnostics& diags_;

  using Bindings = std::unordered_map<std::string, Binding>;

  void analyze_name(Block* block, Bindings& bindings, const std::string& name, unsigned flags,
                    NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        fail(diags_, block->directive_loc(name), "name " + quoted(name) + " is nonlocal and global");
      bindings[name] = Binding::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound)
        fail(diags_, block->directive_loc(name), "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        fail(diags_, block->directive_loc(name), "no binding for nonlocal " + quoted(name) + " found");
      bindings[name] = Binding::Free;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      bindings[name] = Binding::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      bindings[name] = Binding::Free;
      free.insert(name);
      return;
    }
    bindings[name] = Binding::GlobalImplicit;
  }

  // `bound`: names bound by enclosing function scopes (null at module level).
  // `free`: receives this block's free names, for the parent to turn into cells.
  // `global`: names declared global in enclosing scopes.
  void analyze(Block* block, NameSet* bound, NameSet& free, NameSet& global) {
    const ScopeKind kind = block->scope->kind;
    const bool is_class = kind == ScopeKind::Class;
    Bindings bindings;
    NameSet local, new_global, new_free, new_bound;

    // A class body's own names are invisible to the functions inside it.
    if (is_class) {
      new_global = global;
      if (bound) new_bound = *bound;
    }
    for (const std::string& name : block->order)
      analyze_name(block, bindings, name, block->flags.at(name), bound, local, free, global);
    if (!is_class) {
      if (block->function_like()) new_bound.insert(local.begin(), local.end());
      if (bound) new_bound.insert(bound->begin(), bound->end());
      new_global.insert(global.begin(), global.end());
    } else {
      new_bound.insert("__class__");
    }

    NameSet children_free;
    for (Block* child : block->children) {
      NameSet child_bound = new_bound, child_free, child_global = new_global;
      analyze(child, &child_bound, child_free, child_global);
      children_free.insert(child_free.begin(), child_free.end());
    }
    new_free.insert(children_free.begin(), children_free.end());

    if (block->function_like()) {
      for (auto& [name, binding] : bindings)
        if (binding == Binding::Local && new_free.erase(name)) binding = Binding::Cell;
    } else if (is_class && new_free.erase("__class__")) {
      block->scope->needs_class_cell = true;
    }

    record(block, bindings, bound, new_free);
    free.insert(new_free.begin(), new_free.end());
  }

  static void record(Block* block, const Bindings& bindings, const NameSet* bound,
                     const NameSet& new_free) {
    Scope& scope = *block->scope;
    for (const std::string& name : block->order) {
      unsigned flags = block->flags.at(name);
      Symbol symbol;
      symbol.name = name;
      symbol.binding = bindings.at(name);
      symbol.is_param = flags & kDefParam;
      symbol.assigned = flags & kDefBound;
      symbol.used = flags & kUse;
      if (auto count = block->binding_count.find(name); count != block->binding_count.end())
        symbol.bindings = count->second;
      if (auto module = block->imported_module.find(name);
          module != block->imported_module.end() && symbol.bindings == 1)
        symbol.imported_module = module->second;
      symbol.unbindable = block->unbindable.count(name) > 0;
      scope.symbols.push_back(std::move(symbol));
    }
    // Free names of inner scopes that pass through this one on their way to
    // the enclosing function that binds them are free here too.
    for (const std::string& name : new_free) {
      if (block->flags.count(name)) continue;
      if (bound && !bound->count(name)) continue;
      Symbol symbol;
      symbol.name = name;
      symbol.binding = Binding::Free;
      scope.symbols.push_back(std::move(symbol));
    }
    for (size_t i = 0; i < scope.symbols.size(); ++i) scope.symbol_index.emplace(scope.symbols[i].name, i);
    if (block->function_like()) {
      if (block->generator && block->coroutine)
        scope.function_kind = FunctionKind::AsyncGenerator;
      else if (block->generator)
        scope.function_kind = FunctionKind::Generator;
      else if (block->coroutine)
        scope.function_kind = FunctionKind::Coroutine;
      const Symbol* class_cell = scope.find("__class__");
      if (class_cell && class_cell->binding == Binding::Free) scope.needs_class_cell = true;
    }
  }
};

}  // namespace

ScopeTable resolve(const ast::Module& module, Diagnostics& diags) {
  ScopeTable table;
  try {
    Collector collector(table, diags);
    collector.run(module);
    Analyzer(diags).run(collector.module_block());
    resolve_detail::check_placement(module, table, diags);
  } catch (const Stop&) {
    // Reported already; CPython stops at its first SyntaxError too.
  }
  return table;
}

}  // namespace pyco2cpp
