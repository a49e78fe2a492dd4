// The SyntaxErrors CPython's compiler (rather than its symbol table) raises:
// where return / yield / await / break / continue / async with / async for
// may appear, and that __debug__ is never assigned. They need to know the enclosing scope and loop, so they live
// with resolve. The walk follows the compiler's order (decorators and
// defaults before a function's body, a class's bases after its body, a
// comprehension's body before its outermost iterable) so the first error
// found is the one CPython reports.
#include <algorithm>
#include <vector>

#include "pyco2cpp/ast_walk.h"
#include "resolve_internal.h"

namespace pyco2cpp::resolve_detail {
namespace {

// What kind of code object is being compiled (CPython's compiler scope type).
enum class Unit { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The compiler's block stack, as far as break/continue/return care.
enum class Frame { Loop, ExceptStarHandler };

class PlacementChecker : ast::Walker<PlacementChecker, ast::Reach::ThisScope> {
  friend Walker;

 public:
  PlacementChecker(const ScopeTable& table, Diagnostics& diags) : table_(table), diags_(diags) {}

  void run(const ast::Module& module) {
    Context context{table_.module.get(), Unit::Module, {}};
    contexts_.push_back(std::move(context));
    statements(module.body);
    contexts_.pop_back();
  }

 private:
  struct Context {
    const Scope* scope;
    Unit unit;
    std::vector<Frame> frames;
    int blocks = 0;  // the compiler's frame blocks (loops, try, with): at most 20 per code object
    int peak = 0;    // the most `blocks` has been since it was last reset
  };

  const ScopeTable& table_;
  Diagnostics& diags_;
  std::vector<Context> contexts_;

  Context& here() { return contexts_.back(); }

  // Lambdas and comprehensions are function blocks too (CPython's
  // FunctionBlock); only module and class bodies are not.
  bool in_function_block() {
    ScopeKind kind = here().scope->kind;
    return kind != ScopeKind::Module && kind != ScopeKind::Class;
  }

  void enter(const void* node, Unit unit) {
    const Scope* scope = table_.scope_of(node);
    contexts_.push_back(Context{scope ? scope : here().scope, unit, {}});
  }
  void leave() { contexts_.pop_back(); }

  // Runs `visit` inside `count` more of the compiler's frame blocks
  // (compiler_push_fblock), which stops at CO_MAXBLOCKS (20) per code object.
  template <class Visit>
  void in_blocks(const ast::Stmt& stmt, int count, Visit visit) {
    for (int i = 0; i < count; ++i)
      if (here().blocks + i >= kMaxBlocks) fail(diags_, stmt.loc, "too many statically nested blocks");
    here().blocks += count;
    here().peak = std::max(here().peak, here().blocks);
    visit();
    here().blocks -= count;
  }
  static constexpr int kMaxBlocks = 20;

  // break/continue/return may not leave an except* handler; break/continue
  // need a loop. Returns whether a loop encloses the statement.
  bool unwind(const ast::Stmt& stmt, bool to_loop) {
    const auto& frames = here().frames;
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
      if (*it == Frame::ExceptStarHandler)
        fail(diags_, stmt.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
      if (*it == Frame::Loop && to_loop) return true;
    }
    return false;
  }

  // `__debug__` is a constant: it may not be assigned or deleted (as a name,
  // an attribute, a parameter, a keyword argument, an import or def name).
  void forbid_debug(const std::string& name, ast::Ctx ctx, ast::Loc loc) {
    if (name != "__debug__" || ctx == ast::Ctx::Load) return;
    fail(diags_, loc, ctx == ast::Ctx::Del ? "cannot delete __debug__" : "cannot assign to __debug__");
  }
  void forbid_debug_parameters(const ast::Arguments& args, ast::Loc loc) {
    ast::for_each_param(args, [&](const ast::Arg& arg) { forbid_debug(arg.name, ast::Ctx::Store, loc); });
  }
  void forbid_debug_keywords(const std::vector<ast::Keyword>& keywords, ast::Loc loc) {
    for (const auto& keyword : keywords) forbid_debug(keyword.arg, ast::Ctx::Store, loc);
  }

  void loop_body(const ast::Stmt& loop, const ast::StmtList& body) {
    here().frames.push_back(Frame::Loop);
    in_blocks(loop, 1, [&] { statements(body); });
    here().frames.pop_back();
  }

  // Statements whose checks or order (the compiler's) need more than the
  // walker gives.
  void statement(const ast::Stmt& stmt) {
    using K = ast::StmtKind;
    switch (stmt.kind) {
      case K::FunctionDef: {
        auto& def = static_cast<const ast::FunctionDef&>(stmt);
        forbid_debug_parameters(def.args, stmt.loc);
        children(stmt);  // decorators, defaults, annotations
        enter(&def, def.is_async ? Unit::AsyncFunction : Unit::Function);
        statements(def.body);
        leave();
        forbid_debug(def.name, ast::Ctx::Store, stmt.loc);
        break;
      }
      case K::ClassDef: {  // the compiler compiles the body before the bases
        auto& cls = static_cast<const ast::ClassDef&>(stmt);
        expressions(cls.decorator_list);
        enter(&cls, Unit::Class);
        statements(cls.body);
        leave();
        forbid_debug_keywords(cls.keywords, stmt.loc);
        expressions(cls.bases);
        for (const auto& keyword : cls.keywords) expression(*keyword.value);
        forbid_debug(cls.name, ast::Ctx::Store, stmt.loc);
        break;
      }
      case K::Return: {
        auto& ret = static_cast<const ast::Return&>(stmt);
        if (!in_function_block()) fail(diags_, stmt.loc, "'return' outside function");
        if (ret.value && here().scope->function_kind == FunctionKind::AsyncGenerator)
          fail(diags_, stmt.loc, "'return' with value in async generator");
        optional(ret.value);
        unwind(stmt, false);
        break;
      }
      case K::AnnAssign: {
        auto& assign = static_cast<const ast::AnnAssign&>(stmt);
        optional(assign.value);
        expression(*assign.target);
        // Annotations are evaluated only in module and class bodies.
        if (here().unit == Unit::Module || here().unit == Unit::Class)
          expression(*assign.annotation);
        break;
      }
      case K::For: {
        auto& loop = static_cast<const ast::For&>(stmt);
        if (loop.is_async && here().unit != Unit::AsyncFunction)
          fail(diags_, stmt.loc, "'async for' outside async function");
        expression(*loop.iter);
        expression(*loop.target);
        loop_body(stmt, loop.body);
        statements(loop.orelse);
        break;
      }
      case K::While: {
        auto& loop = static_cast<const ast::While&>(stmt);
        expression(*loop.test);
        loop_body(stmt, loop.body);
        statements(loop.orelse);
        break;
      }
      case K::With: {
        auto& with = static_cast<const ast::With&>(stmt);
        if (with.is_async && here().unit != Unit::AsyncFunction)
          fail(diags_, stmt.loc, "'async with' outside async function");
        in_blocks(stmt, static_cast<int>(with.items.size()), [&] { children(stmt); });
        break;
      }
      case K::Try: {  // the compiler: body, else, handlers, finally
        auto& attempt = static_cast<const ast::Try&>(stmt);
        // Blocks as the compiler pushes them: a finally wraps everything
        // before it (FINALLY_TRY) and runs in one (FINALLY_END); handlers
        // guard the body (TRY_EXCEPT) and run in two (EXCEPTION_HANDLER and
        // HANDLER_CLEANUP); the else clause is outside the handlers' guard.
        bool has_finally = !attempt.finalbody.empty(), has_handlers = !attempt.handlers.empty();
        in_blocks(stmt, has_finally ? 1 : 0, [&] {
          in_blocks(stmt, has_handlers ? 1 : 0, [&] { statements(attempt.body); });
          statements(attempt.orelse);
          for (const auto& handler : attempt.handlers) {
            optional(handler.type);
            if (!handler.name.empty()) forbid_debug(handler.name, ast::Ctx::Store, handler.loc);
            if (attempt.is_star) here().frames.push_back(Frame::ExceptStarHandler);
            in_blocks(stmt, 2, [&] { statements(handler.body); });
            if (attempt.is_star) here().frames.pop_back();
          }
        });
        // The compiler emits the finally body twice: for the normal path in
        // no block, then for the exceptional one in one (FINALLY_END). The
        // first copy fails first if any does; the second only if it went
        // as deep as the limit.
        int outer_peak = here().peak;
        here().peak = here().blocks;
        statements(attempt.finalbody);
        if (has_finally && here().peak >= kMaxBlocks)
          in_blocks(stmt, 1, [&] { statements(attempt.finalbody); });
        here().peak = std::max(outer_peak, here().peak);
        break;
      }
      case K::Break:
        if (!unwind(stmt, true)) fail(diags_, stmt.loc, "'break' outside loop");
        break;
      case K::Continue:
        if (!unwind(stmt, true)) fail(diags_, stmt.loc, "'continue' not properly in loop");
        break;
      case K::Import:
        for (const auto& alias : static_cast<const ast::Import&>(stmt).names)
          forbid_debug(ast::bound_name(alias), ast::Ctx::Store, stmt.loc);
        break;
      case K::ImportFrom:
        for (const auto& alias : static_cast<const ast::ImportFrom&>(stmt).names)
          forbid_debug(ast::bound_name(alias), ast::Ctx::Store, stmt.loc);
        break;
      default:
        children(stmt);
        break;
    }
  }

  // The compiler compiles a comprehension's body before its outermost iterable.
  void comprehension(const ast::Expr& expr, const ast::ComprehensionParts& parts) {
    const auto& generators = parts.generators;
    bool is_generator = expr.kind == ast::ExprKind::GeneratorExp;
    Unit outer = here().unit;
    enter(&expr, Unit::Comprehension);
    FunctionKind kind = here().scope->function_kind;
    bool is_async = kind == FunctionKind::Coroutine || kind == FunctionKind::AsyncGenerator;
    if (is_async && !is_generator && outer != Unit::AsyncFunction && outer != Unit::Comprehension)
      fail(diags_, expr.loc, "asynchronous comprehension outside of an asynchronous function");
    for (size_t i = 0; i < generators.size(); ++i) {
      if (i > 0) expression(*generators[i].iter);
      expression(*generators[i].target);
      expressions(generators[i].ifs);
    }
    expression(parts.element);
    if (parts.value) expression(*parts.value);
    leave();
    expression(*generators.front().iter);
  }

  void expression(const ast::Expr& expr) {
    using K = ast::ExprKind;
    switch (expr.kind) {
      case K::Await:
        if (!in_function_block()) fail(diags_, expr.loc, "'await' outside function");
        if (here().unit != Unit::AsyncFunction && here().unit != Unit::Comprehension)
          fail(diags_, expr.loc, "'await' outside async function");
        children(expr);
        break;
      case K::Yield:
        if (!in_function_block()) fail(diags_, expr.loc, "'yield' outside function");
        children(expr);
        break;
      case K::YieldFrom:
        if (!in_function_block()) fail(diags_, expr.loc, "'yield' outside function");
        if (here().unit == Unit::AsyncFunction)
          fail(diags_, expr.loc, "'yield from' inside async function");
        children(expr);
        break;
      case K::Lambda: {
        auto& lambda = static_cast<const ast::Lambda&>(expr);
        forbid_debug_parameters(lambda.args, expr.loc);
        children(expr);  // the defaults
        enter(&lambda, Unit::Lambda);
        expression(*lambda.body);
        leave();
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        comprehension(expr, *ast::comprehension_parts(expr));
        break;
      case K::Call: {
        auto& call = static_cast<const ast::Call&>(expr);
        forbid_debug_keywords(call.keywords, expr.loc);
        children(expr);
        break;
      }
      case K::Attribute: {
        auto& attribute = static_cast<const ast::Attribute&>(expr);
        forbid_debug(attribute.attr, attribute.ctx, expr.loc);
        children(expr);
        break;
      }
      case K::Name: {
        auto& name = static_cast<const ast::Name&>(expr);
        forbid_debug(name.id, name.ctx, expr.loc);
        break;
      }
      default:
        children(expr);
        break;
    }
  }
};

}  // namespace

void check_placement(const ast::Module& module, const ScopeTable& table, Diagnostics& diags) {
  PlacementChecker(table, diags).run(module);
}

}  // namespace pyco2cpp::resolve_detail
