#include "bound_names.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "pyco2cpp/ast_walk.h"

namespace pyco2cpp::codegen {

namespace {

// What holds on one path through the body: the names certainly bound, or
// "never gets here" (after return/raise/break/continue).
struct Flow {
  NameSet bound;
  bool reachable = true;
};

// Where two paths join, only what holds on both.
Flow join(const Flow& a, const Flow& b) {
  if (!a.reachable) return b;
  if (!b.reachable) return a;
  Flow r;
  std::set_intersection(a.bound.begin(), a.bound.end(), b.bound.begin(), b.bound.end(),
                        std::inserter(r.bound, r.bound.end()));
  return r;
}

class Analysis {
 public:
  Analysis(const NameSet& locals, BoundBefore& out) : locals_(locals), out_(out) {}

  Flow block(const ast::StmtList& body, Flow f) {
    for (auto& s : body) f = stmt(*s, std::move(f));
    return f;
  }

 private:
  void bind(const std::string& name, Flow& f) {
    if (locals_.count(name)) f.bound.insert(name);
  }
  void bind_target(const ast::Expr& t, Flow& f) {
    ast::for_each_target_name(t, [&](const ast::Name& n) { bind(n.id, f); });
  }

  // Every name read anywhere in the statement (nested statements included:
  // the emitter asks only about those, and a copy of the whole set per
  // statement would make a long function quadratic).
  static void names_in(const ast::Expr& e, std::vector<const std::string*>& out) {
    if (auto* n = e.as<ast::Name>()) out.push_back(&n->id);
    ast::for_each_child(e, ast::Reach::All, [&](const auto& child) {
      if constexpr (ast::is_stmt<decltype(child)>) names_in_stmt(child, out);
      else names_in(child, out);
    });
  }
  static void names_in_stmt(const ast::Stmt& s, std::vector<const std::string*>& out) {
    ast::for_each_child(s, ast::Reach::All, [&](const auto& child) {
      if constexpr (ast::is_stmt<decltype(child)>) names_in_stmt(child, out);
      else names_in(child, out);
    });
  }
  void record(const ast::Stmt& s, const Flow& f) {
    std::vector<const std::string*> read;
    names_in_stmt(s, read);
    NameSet& bound = out_[&s];
    for (const std::string* name : read)
      if (f.bound.count(*name)) bound.insert(*name);
  }

  Flow stmt(const ast::Stmt& s, Flow f) {
    record(s, f);
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef: bind(ast::bound_name(*s.as<ast::FunctionDef>()), f); break;
      case K::ClassDef: bind(ast::bound_name(*s.as<ast::ClassDef>()), f); break;
      case K::Return:
      case K::Raise:
      case K::Break:     // the loop's exit keeps only what held before the loop
      case K::Continue:  // the loop's head, likewise
        f.reachable = false;
        break;
      case K::Assign:
        for (auto& t : s.as<ast::Assign>()->targets) bind_target(*t, f);
        break;
      case K::AugAssign: bind_target(*s.as<ast::AugAssign>()->target, f); break;  // (unbound: it raised)
      case K::AnnAssign:
        if (s.as<ast::AnnAssign>()->value) bind_target(*s.as<ast::AnnAssign>()->target, f);
        break;
      case K::For: {
        auto* l = s.as<ast::For>();
        Flow body = f;
        bind_target(*l->target, body);
        block(l->body, body);
        block(l->orelse, f);
        break;  // zero iterations, or a break: only what held before
      }
      case K::While: {
        auto* l = s.as<ast::While>();
        block(l->body, f);
        block(l->orelse, f);
        break;
      }
      case K::If: {
        auto* i = s.as<ast::If>();
        f = join(block(i->body, f), block(i->orelse, f));
        break;
      }
      case K::With: {
        auto* w = s.as<ast::With>();
        for (auto& item : w->items)
          if (item.optional_vars) bind_target(*item.optional_vars, f);
        block(w->body, f);
        break;  // __exit__ may swallow an exception raised part-way through the body
      }
      case K::Try: {
        auto* t = s.as<ast::Try>();
        Flow normal = block(t->orelse, block(t->body, f));
        for (auto& h : t->handlers) normal = join(normal, block(h.body, f));  // raised anywhere in the body
        if (!t->finalbody.empty()) {
          Flow fin = block(t->finalbody, f);  // reached from anywhere, exceptions included
          normal.reachable = normal.reachable && fin.reachable;
          normal.bound.insert(fin.bound.begin(), fin.bound.end());
        }
        f = std::move(normal);
        break;
      }
      case K::Import:
        for (auto& a : s.as<ast::Import>()->names) bind(ast::bound_name(a), f);
        break;
      case K::ImportFrom:
        for (auto& a : s.as<ast::ImportFrom>()->names) bind(ast::bound_name(a), f);
        break;
      case K::Delete:  // what it deletes is never tracked
      case K::Assert:
      case K::Global:
      case K::Nonlocal:
      case K::Expr:
      case K::Pass:
        break;
    }
    return f;
  }

  const NameSet& locals_;
  BoundBefore& out_;
};

}  // namespace

BoundBefore bound_before(const ast::StmtList& body, const NameSet& locals, const NameSet& params) {
  BoundBefore out;
  Flow entry;
  for (auto& p : params)
    if (locals.count(p)) entry.bound.insert(p);
  Analysis(locals, out).block(body, entry);
  return out;
}

}  // namespace pyco2cpp::codegen
