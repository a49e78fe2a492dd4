// The translation unit: constant tables, module globals, one C++ function
// per Python function, the module body and main(). Also name resolution:
// which C++ variable a Python name is, given the scope table.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "emitter.h"
#include "fold.h"
#include "pyco2cpp/ast_walk.h"
#include "pyco2cpp/codegen.h"

namespace pyco2cpp::codegen {

bool binds_positionally(const ast::Arguments& params, size_t nargs) {
  return !params.vararg && !params.kwarg && params.kwonlyargs.empty() &&
         params.posonlyargs.size() + params.args.size() == nargs;
}

std::vector<std::string> param_names(const ast::Arguments& args) {
  std::vector<std::string> names;
  ast::for_each_param(args, [&](const ast::Arg& a) { names.push_back(a.name); });
  return names;
}

Emitter::Emitter(const SourceFile& src, const ScopeTable& scopes, const EmitOptions& opts,
                 Diagnostics& diags)
    : src_(src), scopes_(scopes), opts_(opts), diags_(diags) {}

void Emitter::unsupported(const ast::Loc& loc, std::string what) {
  throw Unsupported{loc, "unsupported: " + std::move(what)};
}

template <class Node>
const Scope& Emitter::scope_of(const Node& node) const {
  const Scope* scope = scopes_.scope_of(&node);
  if (!scope) throw Unsupported{node.loc, "internal: resolve left this scope out"};
  return *scope;
}
template const Scope& Emitter::scope_of(const ast::FunctionDef&) const;
template const Scope& Emitter::scope_of(const ast::ClassDef&) const;
template const Scope& Emitter::scope_of(const ast::Lambda&) const;
template const Scope& Emitter::scope_of(const ast::GeneratorExp&) const;
template const Scope& Emitter::scope_of(const ast::Expr&) const;

bool Emitter::declares_members() const { return fn_.machine && !fn_.in_stmt_that_cannot_suspend; }

std::string Emitter::declare(const std::string& type, const std::string& name, const std::string& init) {
  return declare_at(std::nullopt, type, name, init);
}

std::string Emitter::declare_at(std::optional<Printer::Mark> at, const std::string& type, const std::string& name,
                                const std::string& init) {
  auto write = [&](const std::string& text) { at ? out_->fill(*at, text) : out_->line(text); };
  if (!declares_members()) {
    write(init.empty() ? fmt::format("{} {};", type, name) : fmt::format("{} {} = {};", type, name, init));
    return name;
  }
  // `{}`: frames are made with `new F` (no zeroing of the whole object first).
  fn_.members += fmt::format("  {} {}{{}};\n", type, name);
  fn_.member_set.insert(name);
  if (!init.empty()) write(fmt::format("f_->{} = {};", name, init));
  fn_.gen_temps.push_back({type, name});
  fn_.temp_members.push_back({type, name});
  fn_.member_names.push_back(name);
  if (type == "Value") {
    fn_.member_clears += fmt::format("    {}.clear();\n", name);
    fn_.member_visits += fmt::format("    visit({});\n", name);
  } else if (type != "int" && type != "bool")
    fn_.member_clears += fmt::format("    {} = {}();\n", name, type);
  return "f_->" + name;
}

void Emitter::release_member(const std::pair<std::string, std::string>& member) {
  const auto& [type, name] = member;
  if (type == "Value")
    out_->linef("f_->{}.clear();", name);
  else if (type == "Value[]")
    out_->linef("for (Value& v_ : f_->{}) v_.clear();", name);
  else if (type != "int" && type != "bool")
    out_->linef("f_->{} = {}();", name, type);
}

void Emitter::release_gen_temps(size_t mark) {
  for (size_t i = mark; i < fn_.gen_temps.size(); ++i) release_member(fn_.gen_temps[i]);
  fn_.gen_temps.resize(mark);
}

// An exception left a block whose statements kept temporaries in the frame
// (members [first, last) of temp_members): CPython dropped them from its
// stack as the exception left, before any handler runs (an iterator's
// generator is finalised then).
void Emitter::release_members_since(size_t first, size_t last) {
  for (size_t i = first; i < last; ++i) release_member(fn_.temp_members[i]);
}

std::string Emitter::declare_array(const std::string& name, const std::vector<std::string>& elems, size_t size) {
  std::string list;
  for (auto& e : elems) list += (list.empty() ? "" : ", ") + e;
  if (!declares_members()) {
    out_->line(elems.empty() ? fmt::format("Value {}[{}];", name, size) : fmt::format("Value {}[] = {{{}}};", name, list));
    return name;
  }
  fn_.members += fmt::format("  Value {}[{}];\n", name, size);
  fn_.member_set.insert(name);
  for (size_t i = 0; i < elems.size(); ++i) out_->linef("f_->{}[{}] = {};", name, i, elems[i]);
  fn_.gen_temps.push_back({"Value[]", name});
  fn_.temp_members.push_back({"Value[]", name});
  fn_.member_clears += fmt::format("    for (Value& v_ : {}) v_.clear();\n", name);
  fn_.member_visits += fmt::format("    for (const Value& v_ : {}) visit(v_);\n", name);
  fn_.member_names.push_back(fmt::format("{}[{}]", name, size));
  return "f_->" + name;
}

void Emitter::setup_annotations(const Scope& body_scope) {
  if (body_scope.has_annotations) name_store("__annotations__", "py::new_dict()", ast::Loc{});
}

// ---------------------------------------------------------------- constants

std::string Emitter::constant_str(const std::string& utf8) {
  auto it = str_consts_.find(utf8);
  if (it != str_consts_.end()) return it->second;
  std::string ref = fmt::format("K[{}]", const_inits_.size());
  const_inits_.push_back(
      fmt::format("{} = py::str_const({}, {});", ref, cxx_string_literal(utf8), utf8.size()));
  str_consts_.emplace(utf8, ref);
  return ref;
}

std::string Emitter::constant_bytes(const std::string& bytes) {
  std::string ref = fmt::format("K[{}]", const_inits_.size());
  const_inits_.push_back(
      fmt::format("{} = py::bytes_const({}, {});", ref, cxx_string_literal(bytes), bytes.size()));
  return ref;
}

std::string Emitter::constant_bigint(const std::string& digits) {
  auto it = bigint_consts_.find(digits);
  if (it != bigint_consts_.end()) return it->second;
  std::string ref = fmt::format("K[{}]", const_inits_.size());
  const_inits_.push_back(fmt::format("{} = py::int_const(\"{}\");", ref, digits));
  bigint_consts_.emplace(digits, ref);
  return ref;
}

std::string Emitter::constant_complex(double real, double imag) {
  std::string args = cxx_double(real) + ", " + cxx_double(imag);
  auto it = complex_consts_.find(args);
  if (it != complex_consts_.end()) return it->second;
  std::string ref = fmt::format("K[{}]", const_inits_.size());
  const_inits_.push_back(fmt::format("{} = py::complex_const({});", ref, args));
  complex_consts_.emplace(args, ref);
  return ref;
}

// A tuple display whose items are all literals (or tuples of them) is one
// constant, made once by init_constants and shared by the whole module, as
// CPython's compiler makes it: `f() is f()` holds for `def f(): return
// (1, 2)`. A long one is data, not code: its small ints are a static array,
// anything else is appended in groups of calls, since one initializer list
// of thousands of Values costs g++ more than linear time.
std::optional<std::string> Emitter::constant_tuple(const ast::ExprList& elts) {
  if (elts.empty()) return std::nullopt;  // () is the runtime's own singleton
  std::vector<std::string> items, small_ints;  // small_ints: each item's INT64_C(n), while all are
  for (auto& x : elts) {
    std::optional<Operand> item;
    std::optional<std::string> small_int = small_int_literal(*x);
    if (auto* c = x->as<ast::Constant>()) {
      item = constant(*c);
    } else if (auto* u = x->as<ast::UnaryOp>()) {
      if (auto* c = u->operand->as<ast::Constant>(); c && u->op == ast::UnaryOpKind::USub) {
        item = negated_constant(*c);
        if (auto positive = small_int_literal(*c)) small_int = "-" + *positive;
      }
    } else if (auto* t = x->as<ast::Tuple>()) {
      if (auto k = constant_tuple(t->elts)) item = Operand{*k, OperandKind::Const};
    }
    if (!item && (x->as<ast::BinOp>() || x->as<ast::UnaryOp>())) {
      if (std::optional<Folded> k = fold_constant(*x)) {  // `2**64 - 1`, `-(2**63)`: constants in CPython
        item = folded_operand(*k);
        if (k->kind == Folded::Kind::Int) small_int = cxx_int64(k->i);
      }
    }
    if (!item) return std::nullopt;
    items.push_back(item->code);
    if (small_int && small_ints.size() + 1 == items.size()) small_ints.push_back(*small_int);
  }
  std::string key;
  for (auto& item : items) key += item + ",";
  auto it = tuple_consts_.find(key);
  if (it != tuple_consts_.end()) return it->second;
  std::string make;
  if (items.size() <= kStatementsPerGroup) {
    make = "py::new_tuple({";
    for (size_t i = 0; i < items.size(); ++i) make += (i ? ", " : "") + items[i];
    make += "})";
  } else if (small_ints.size() == items.size()) {
    std::string data;
    for (auto& v : small_ints) data += (data.empty() ? "" : ",") + v;
    make = fmt::format("[] {{ static const int64_t items_[] = {{{}}}; return py::tuple_of_ints(items_, {}); }}()", data,
                       items.size());
  } else {
    std::vector<std::string> appends;
    for (auto& item : items) appends.push_back("py::list_append(l_, " + item + ");");
    make = "[] {\n  Value l_ = py::new_list({});\n" + in_noinline_groups(appends, "  ") +
           "  return py::list_to_tuple(l_);\n}()";
  }
  std::string ref = fmt::format("K[{}]", const_inits_.size());
  const_inits_.push_back(fmt::format("{} = {};", ref, make));
  tuple_consts_.emplace(std::move(key), ref);
  return ref;
}

std::string in_noinline_groups(const std::vector<std::string>& statements, std::string_view indent) {
  std::string body;
  bool groups = statements.size() > kStatementsPerGroup;
  for (size_t i = 0; i < statements.size(); ++i) {
    if (groups && i % kStatementsPerGroup == 0) body += fmt::format("{}{} {{\n", indent, kNoinlineGroup);
    body += fmt::format("{}{}{}\n", indent, groups ? "  " : "", statements[i]);
    if (groups && (i + 1 == statements.size() || (i + 1) % kStatementsPerGroup == 0))
      body += fmt::format("{}}}();\n", indent);
  }
  return body;
}

std::string Emitter::kwnames(const std::vector<std::string>& names) {
  auto it = kwnames_.find(names);
  if (it != kwnames_.end()) return it->second;
  std::string ref = fmt::format("KW[{}]", kw_inits_.size());
  std::string list;
  for (auto& n : names) list += (list.empty() ? "" : ", ") + cxx_string_literal(n);
  kw_inits_.push_back(fmt::format("{} = py::kwnames_const({{{}}});", ref, list));
  kwnames_.emplace(names, ref);
  return ref;
}

std::string Emitter::module_attr_site() { return fmt::format("MA[{}]", module_attr_sites_++); }

// A global bound by `import m` (it may be rebound: the runtime checks it
// is still a module).
bool Emitter::is_imported_module(const ast::Expr& e) {
  auto* n = e.as<ast::Name>();
  if (!n || resolve(n->id, ctx_).kind != NameKind::Global) return false;
  const Symbol* sym = scopes_.module->find(n->id);
  return sym && !sym->imported_module.empty();
}

std::string Emitter::builtin_ref(const std::string& name) {
  auto it = builtins_used_.find(name);
  if (it != builtins_used_.end()) return it->second;
  std::string ref = Names::builtin(name);
  builtins_used_.emplace(name, ref);
  return ref;
}

std::string Emitter::global_ref(const std::string& name) { return Names::global(name); }

// Tracebacks and __file__ name the file by its absolute path, as `python3
// file.py` does (or as --source-name says).
std::string Emitter::shown_path() const {
  if (!opts_.source_name.empty()) return opts_.source_name;
  std::error_code ec;
  std::string abs_path = std::filesystem::absolute(src_.path, ec).lexically_normal().string();
  return ec ? src_.path : abs_path;
}

// The docstring of a body: its first statement, when that is a str constant.
static const std::string* docstring_of(const ast::StmtList& body) {
  if (body.empty()) return nullptr;
  auto* e = body[0]->as<ast::ExprStmt>();
  auto* c = e ? e->value->as<ast::Constant>() : nullptr;
  return c && c->value_kind == ast::ConstKind::Str ? &c->value : nullptr;
}

void Emitter::code_info(const FunctionNames& names, const Scope& scope, const ast::Arguments* args,
                        const std::string& name, const std::string& qualname, int firstline,
                        const std::string* doc) {
  std::vector<std::string> params;
  size_t npos = 0, nposonly = 0, nkwonly = 0;
  bool varargs = false, varkw = false;
  if (args) {
    params = param_names(*args);
    nposonly = args->posonlyargs.size();
    npos = nposonly + args->args.size();
    varargs = args->vararg != nullptr;
    nkwonly = args->kwonlyargs.size();
    varkw = args->kwarg != nullptr;
  }
  std::string list;
  for (auto& n : params) list += cxx_string_literal(n) + ", ";
  decls_ += fmt::format("const char* const {}[] = {{{}nullptr}};\n", names.params(), list);
  const char* kind = "Plain";
  switch (scope.kind) {
    case ScopeKind::Module: kind = "Module"; break;
    case ScopeKind::Class: kind = "Class"; break;
    default:
      switch (scope.function_kind) {
        case FunctionKind::Plain: kind = "Plain"; break;
        case FunctionKind::Generator: kind = "Generator"; break;
        case FunctionKind::Coroutine: kind = "Coroutine"; break;
        case FunctionKind::AsyncGenerator: kind = "AsyncGenerator"; break;
      }
  }
  decls_ += fmt::format(
      "const py::CodeInfo {} = {{.name = {}, .qualname = {}, .source = &kSource, .firstline = {}, "
      ".kind = py::FuncKind::{}, .params = {}, .npositional = {}, .nposonly = {}, .nkwonly = {}, "
      ".has_varargs = {}, .has_varkw = {}, .doc = {}}};\n",
      names.code(), cxx_string_literal(name), cxx_string_literal(qualname), firstline, kind, names.params(), npos,
      nposonly, nkwonly, varargs, varkw, doc ? cxx_string_literal(*doc) : "nullptr");
}

std::string Emitter::qualname_for(const std::string& name) const {
  std::string q;
  for (auto& part : qual_stack_) q += part + ".";
  return q + name;
}

// ---------------------------------------------------------------- names

std::string Emitter::local_name(const std::string& id, const FuncCtx& ctx) const {
  return Names::local(id, ctx.suffix);
}
std::string Emitter::cell_name(const std::string& id, const FuncCtx& ctx) const {
  return Names::cell(id, ctx.suffix);
}

Emitter::NameRef Emitter::resolve(const std::string& id, FuncCtx* ctx) {
  const Scope* scope = ctx->scope;
  const Symbol* sym = scope->find(id);
  auto global_or_builtin = [&]() -> NameRef {
    if (is_module_global(id)) return {NameKind::Global, global_ref(id), ctx};
    if (is_builtin_name(id)) return {NameKind::Builtin, builtin_ref(id), ctx};
    return {NameKind::Undefined, "", ctx};
  };
  if (scope->kind == ScopeKind::Module) return global_or_builtin();
  if (scope->kind == ScopeKind::Class) {
    if (sym && sym->binding == Binding::GlobalExplicit) return global_or_builtin();
    return {NameKind::ClassNs, ctx->ns_var, ctx};
  }
  if (!sym) return global_or_builtin();
  switch (sym->binding) {
    case Binding::Local: return {NameKind::Local, local_var(id, *ctx), ctx};
    case Binding::Cell: return {NameKind::Cell, cell_var(id, *ctx), ctx};
    case Binding::GlobalExplicit:
    case Binding::GlobalImplicit: return global_or_builtin();
    case Binding::Free: {
      if (ctx->inline_in_parent) {
        FuncCtx* p = ctx->parent;
        while (p->scope->kind == ScopeKind::Class) p = p->parent;  // class scopes don't nest
        return resolve(id, p);
      }
      auto it = std::find(ctx->freevars.begin(), ctx->freevars.end(), id);
      size_t i = static_cast<size_t>(it - ctx->freevars.begin());
      return {NameKind::Free, fmt::format("py::func_cell(self_, {})", i), ctx};
    }
  }
  return global_or_builtin();
}

// The cell object itself for a name captured by an inner function.
std::string Emitter::cell_expr(const std::string& id, FuncCtx* ctx) {
  FuncCtx* c = ctx;
  while (c->scope->kind == ScopeKind::Class) c = c->parent;
  NameRef r = resolve(id, c);
  if (r.kind == NameKind::Cell || r.kind == NameKind::Free) return r.cxx;
  throw Unsupported{{}, fmt::format("internal: no cell for '{}'", id)};
}

// ---------------------------------------------------------------- functions

std::string Emitter::emit_function(const FunctionView& fn, const std::string& qualname) {
  const ast::Arguments& args = fn.args();
  const ast::Loc& loc = fn.loc();
  const Scope& scope = fn.scope();
  const ast::FunctionDef* def = fn.def();

  // Defaults are evaluated where the def stands, left to right.
  std::string defaults = "Value()", kwdefaults = "Value()";
  if (!args.defaults.empty()) {
    std::vector<const ast::Expr*> es;
    for (auto& d : args.defaults) es.push_back(d.get());
    auto vals = ordered(es);
    defaults = declare("Value", fresh(Helper::Temp), "py::new_tuple({" + join_code(vals) + "})");
  }
  bool any_kw = false;
  for (auto& d : args.kw_defaults) any_kw |= d != nullptr;
  if (any_kw) {
    kwdefaults = declare("Value", fresh(Helper::Temp), "py::new_dict()");
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      if (!args.kw_defaults[i]) continue;
      std::string v = temp(expr(*args.kw_defaults[i]));
      out_->linef("py::dict_setitem({}, {}, {});", kwdefaults, constant_str(args.kwonlyargs[i].name), v);
    }
  }

  FuncCtx fctx;
  fctx.scope = &scope;
  fctx.parent = ctx_;
  if (fn.body() == FunctionView::Body::Statements) {
    for (auto& s : fn.statements()) guess_generators(*s, fctx.generator_guess);
    NameSet locals, params;
    for (auto& sym : scope.symbols)
      if (sym.binding == Binding::Local && !sym.unbindable) locals.insert(sym.name);
    for (auto& p : param_names(args)) params.insert(p);
    fctx.bound_before = bound_before(fn.statements(), locals, params);
  }
  for (auto& s : scope.symbols)
    if (s.binding == Binding::Free) fctx.freevars.push_back(s.name);
  if (scope.needs_class_cell &&
      std::find(fctx.freevars.begin(), fctx.freevars.end(), "__class__") == fctx.freevars.end())
    fctx.freevars.push_back("__class__");

  FunctionNames names;
  if (auto known = known_names_.find(def); def && known != known_names_.end()) {
    names = known->second;  // declared up front so calls can name it
  } else {
    names = names_.function(qualname);
    decls_ += fmt::format("Value {}(py::FuncObj* self_, Value* params_);\n", names.entry());
  }
  // co_firstlineno: a decorated def's first decorator's line, as CPython counts it.
  int firstline = def && !def->decorator_list.empty() ? def->decorator_list.front()->loc.line : loc.line;
  code_info(names, scope, &args, fn.name(), qualname, firstline, def ? docstring_of(def->body) : nullptr);

  // The body goes to its own printer; the caller's state is restored after.
  Printer body(src_.path, opts_.line_directives);
  Printer* saved_out = out_;
  FuncCtx* saved_ctx = ctx_;
  FunctionEmission saved_fn = std::move(fn_);
  fn_ = FunctionEmission{};
  fn_.machine = fn.machine();
  out_ = &body;
  ctx_ = &fctx;
  std::vector<std::string> saved_qual = std::move(qual_stack_);
  qual_stack_ = {qualname + ".<locals>"};
  if (fn.machine()) {
    functions_ += emit_machine(fn, names, qualname);
  } else {
    emit_plain_function(fn, names);
    functions_ += body.take();
  }
  qual_stack_ = std::move(saved_qual);
  out_ = saved_out;
  ctx_ = saved_ctx;
  fn_ = std::move(saved_fn);

  std::string cells;
  for (auto& fv : fctx.freevars) {
    std::string cell = fv == "__class__" ? ctx_->class_cell : cell_expr(fv, ctx_);
    if (cell.empty()) unsupported(loc, "super() outside a class body");
    cells += (cells.empty() ? "" : ", ") + cell;
  }
  return fmt::format("py::make_function(&{}, {}, {}, {}, {{{}}}, {})", names.code(), names.entry(),
                     defaults, kwdefaults, cells, constant_str(module_dunder_name()));
}

void Emitter::emit_plain_function(const FunctionView& fn, const FunctionNames& names) {
  const FuncCtx& ctx = *ctx_;
  out_->at_line(0);
  out_->open(fmt::format("Value {}(py::FuncObj* self_, Value* params_)", names.entry()));
  out_->line("(void)self_;");
  // C++ destroys locals in reverse order of declaration; CPython clears a
  // frame's variables first to last (parameters, then the other locals, in
  // the order they appear), and finalisers print in that order. So declare
  // them backwards, and before the frame: CPython clears them once the
  // frame is no longer the running one (a finaliser or a warning then sees
  // the caller's frame and line).
  std::vector<std::string> params = param_names(fn.args());
  for (auto s = ctx.scope->symbols.rbegin(); s != ctx.scope->symbols.rend(); ++s) {
    if (s->is_param) continue;
    if (s->binding == Binding::Local) out_->linef("Value {};", local_var(s->name, ctx));
    if (s->binding == Binding::Cell) out_->linef("Value {} = py::make_cell();", cell_var(s->name, ctx));
  }
  for (size_t i = params.size(); i-- > 0;) {
    const Symbol* sym = ctx.scope->find(params[i]);
    if (sym && sym->binding == Binding::Cell)
      out_->linef("Value {} = py::make_cell(std::move(params_[{}]));", cell_var(params[i], ctx), i);
    else
      out_->linef("Value {} = std::move(params_[{}]);", local_var(params[i], ctx), i);
  }
  out_->linef("py::FrameScope fs_(&{});", names.code());
  Printer::Mark ret_decl = out_->mark();  // `Value ret_;` where a return goes through a finally or with
  if (fn.body() == FunctionView::Body::Statements) {
    emit_block(fn.statements());
    if (!ends_in_return(fn)) {
      out_->at_line(0);
      out_->line("return Value::none();");
    }
  } else {
    set_line(fn.expression().loc);
    std::string v = value(fn.expression());
    out_->linef("return {};", v);
  }
  if (fn_.uses_ret) out_->fill(ret_decl, "Value ret_;");
  out_->close();
}

void Emitter::emit_class(const ast::ClassDef& cls) {
  const Scope* scope = &scope_of(cls);
  if (!cls.keywords.empty()) unsupported(cls.loc, "class keywords (metaclass=...)");
  out_->open("");
  // Decorators first, then bases, then the body (CPython's order).
  std::vector<std::string> decorators = decorator_values(cls.decorator_list, cls.loc);
  std::vector<const ast::Expr*> base_exprs;
  for (auto& b : cls.bases) {
    if (b->kind == ast::ExprKind::Starred) unsupported(b->loc, "starred base classes");
    base_exprs.push_back(b.get());
  }
  auto bases = ordered(base_exprs);
  std::string base_list = join_code(bases);
  std::string bases_var = declare("Value", fresh(Helper::ClassBases), "py::new_tuple({" + base_list + "})");

  std::string qualname = qualname_for(cls.name);
  FuncCtx cctx;
  cctx.scope = scope;
  cctx.parent = ctx_;
  cctx.inline_in_parent = true;
  cctx.ns_var = declare("Value", fresh(Helper::ClassNs), "py::new_dict()");
  out_->linef("py::ns_store({}, {}, {});", cctx.ns_var, constant_str("__module__"),
              constant_str(module_dunder_name()));
  out_->linef("py::ns_store({}, {}, {});", cctx.ns_var, constant_str("__qualname__"), constant_str(qualname));
  if (const std::string* doc = docstring_of(cls.body))
    out_->linef("py::ns_store({}, {}, {});", cctx.ns_var, constant_str("__doc__"), constant_str(*doc));
  bool needs_cell = false;
  for (auto& child : scope->children) needs_cell |= child->needs_class_cell;
  if (needs_cell) {
    cctx.class_cell = declare("Value", fresh(Helper::ClassCell), "py::make_cell()");
  }
  FuncCtx* saved = ctx_;
  ctx_ = &cctx;
  qual_stack_.push_back(cls.name);
  setup_annotations(*scope);
  emit_block(cls.body);
  qual_stack_.pop_back();
  ctx_ = saved;
  set_line(cls.loc);
  std::string cls_var = declare("Value", fresh(Helper::ClassValue),
                                fmt::format("py::make_class({}, {}, {}, {}, {})", cxx_string_literal(cls.name),
                                            cxx_string_literal(qualname), bases_var, cctx.ns_var,
                                            needs_cell ? cctx.class_cell : "Value()"));
  apply_decorators(cls.decorator_list, decorators, cls_var);
  name_store(ast::bound_name(cls), cls_var, cls.loc);
  out_->close();
}

// ---------------------------------------------------------------- the unit

namespace {

// Every name of the module's namespace: the module scope's, and those
// functions and classes declare `global`.
void collect_globals(const Scope& scope, std::set<std::string>& globals) {
  for (auto& s : scope.symbols)
    if (scope.kind == ScopeKind::Module || s.binding == Binding::GlobalExplicit) globals.insert(s.name);
  for (auto& c : scope.children) collect_globals(*c, globals);
}

}  // namespace

std::string Emitter::run(const ast::Module& module) {
  const Scope* mscope = scopes_.module.get();
  collect_globals(*mscope, module_globals_);
  for (auto& s : mscope->symbols)
    if (!s.assigned && s.binding != Binding::GlobalExplicit) module_globals_.erase(s.name);
  module_globals_.insert("__name__");
  module_globals_.insert("__file__");
  module_globals_.insert("__doc__");
  for (auto& sp : module.body) {
    if (auto* f = sp->as<ast::FunctionDef>())
      if (const Symbol* sym = mscope->find(f->name);
          sym && sym->bindings == 1 && f->decorator_list.empty()) {
        known_functions_[f->name] = f;
        FunctionNames names = names_.function(f->name);
        known_names_[f] = names;
        decls_ += fmt::format("Value {}(py::FuncObj* self_, Value* params_);\n", names.entry());
        if (machine_kind(scope_of(*f))) {
          decls_ += fmt::format("struct {};\npy::Step {}(py::MachineObj* m_, Value& io_);\n", names.frame(),
                                names.resume());
          decls_ += fmt::format("void {}({}* f_, py::FuncObj* self_, Value* params_);\n", names.setup(),
                                names.frame());
        }
      }
  }

  FuncCtx mctx;
  mctx.scope = mscope;
  for (auto& s : module.body) guess_generators(*s, mctx.generator_guess);
  ctx_ = &mctx;
  Printer body(src_.path, opts_.line_directives);
  out_ = &body;
  FunctionNames module_names = names_.function("<module>");
  code_info(module_names, *mscope, nullptr, "<module>", "<module>", 1, nullptr);
  try {
    // PYRT_MODULE_BODY (pyrt/api.h): -O1 under GCC; why, with figures, there.
    bool library = !opts_.module_name.empty();
    body.open(library ? "PYRT_MODULE_BODY void module_body(py::ModuleObj* module_)"
                      : "PYRT_MODULE_BODY void module_body()");
    body.line("init_constants();");
    body.linef("py::FrameScope fs_(&{});", module_names.code());
    body.linef("G___name__ = {};", constant_str(module_dunder_name()));
    body.linef("G___file__ = {};", constant_str(shown_path()));
    const std::string* doc = docstring_of(module.body);
    body.linef("G___doc__ = {};", doc ? constant_str(*doc) : std::string("Value::none()"));
    setup_annotations(*ctx_->scope);
    emit_block(module.body);
    body.at_line(0);
    if (library) {
      // What the body bound at module level is the module's namespace, and
      // its __file__ (the file CPython's module is: ImportError messages
      // and repr() show it).
      body.linef("py::module_export(module_, {}, {});", constant_str("__file__"), global_ref("__file__"));
      for (auto& g : module_globals_)
        if (const Symbol* sym = mscope->find(g); sym && sym->assigned && g != "__name__" && g != "__doc__")
          body.linef("if ({}.is_bound()) py::module_export(module_, {}, {});", global_ref(g), constant_str(g),
                     global_ref(g));
    }
    body.close();
  } catch (const Unsupported& u) {
    diags_.error(u.loc, u.message);
    return {};
  }

  std::string tu;
  // The path is written as a C++ literal: a newline or a trailing backslash in
  // it would otherwise end or continue this comment.
  tu += "// Generated by pyco2cpp from " + cxx_string_literal(src_.path) + ". Do not edit.\n";
  tu += "#include <pyrt/pyrt.h>\n\nnamespace {\n\nusing py::Value;\n\n";
  tu += "const char* const kLines[] = {\n";
  for (int i = 1; i <= src_.line_count(); ++i)
    tu += "    " + cxx_string_literal(std::string(src_.line_text(i))) + ",\n";
  tu += "    nullptr};\n";
  tu += fmt::format("const py::SourceInfo kSource = {{{}, kLines, {}}};\n\n",
                    cxx_string_literal(shown_path()), src_.line_count());
  tu += fmt::format("Value K[{}];\n", std::max<size_t>(const_inits_.size(), 1));
  tu += fmt::format("py::TupleObj* KW[{}];\n", std::max<size_t>(kw_inits_.size(), 1));
  if (module_attr_sites_) tu += fmt::format("py::ModuleAttrSite MA[{}];\n", module_attr_sites_);
  for (auto& g : module_globals_) tu += "Value " + global_ref(g) + ";\n";
  for (auto& [name, ref] : builtins_used_) tu += "Value " + ref + ";\n";
  for (auto& [name, def] : known_functions_)
    tu += "const py::Object* " + Names::known_function(name) + " = nullptr;\n";
  tu += "\n" + decls_ + "\n";
  // These functions have a statement per constant or global: thousands in
  // a long module.
  std::vector<std::string> inits = const_inits_;
  inits.insert(inits.end(), kw_inits_.begin(), kw_inits_.end());
  for (auto& [name, ref] : builtins_used_) inits.push_back(fmt::format("{} = py::builtin({});", ref, cxx_string_literal(name)));
  tu += "void init_constants() {\n" + in_noinline_groups(inits, "  ") + "}\n\n";
  tu += frames_;
  tu += functions_;
  tu += body.take();
  if (!opts_.module_name.empty()) {
    std::string init = "init_" + mangle(opts_.module_name);
    for (char& c : init)
      if (c == '.') c = '_';
    tu += "\n}  // namespace\n\n";
    tu += fmt::format("namespace py {{\nvoid {}_module(ModuleObj* module) {{ module_body(module); }}\n}}  // namespace py\n",
                      init);
    return tu;
  }
  std::vector<std::string> clears, visits;
  for (auto& g : module_globals_) {
    clears.push_back(global_ref(g) + ".clear();");
    visits.push_back("visit(" + global_ref(g) + ");");
  }
  tu += "\nvoid clear_globals() {\n" + in_noinline_groups(clears, "  ") + "}\n\n";
  tu += "void visit_globals(py::GcVisitor& visit) {\n" + in_noinline_groups(visits, "  ") + "}\n\n";
  // sys.modules['__main__']: its attributes are these globals.
  tu += "const py::GlobalSlot kGlobalSlots[] = {\n";
  for (auto& g : module_globals_) tu += fmt::format("    {{{}, &{}}},\n", cxx_string_literal(g), global_ref(g));
  tu += "    {nullptr, nullptr}};\n\n";
  tu += "}  // namespace\n\n";
  tu += "int main(int argc, char** argv) {\n";
  tu += fmt::format("  py::set_main_globals(kGlobalSlots, {});\n", module_globals_.size());
  if (opts_.asyncio_legacy) tu += "  py::set_asyncio_legacy(true);\n";
  tu += "  py::run_main(argc, argv, &kSource, module_body, clear_globals, visit_globals);\n}\n";
  return tu;
}

}  // namespace pyco2cpp::codegen

namespace pyco2cpp {

std::string emit_cpp(const SourceFile& src, const ast::Module& module, const ScopeTable& scopes,
                     const EmitOptions& options, Diagnostics& diags) {
  codegen::Emitter e(src, scopes, options, diags);
  try {
    return e.run(module);
  } catch (const std::exception& ex) {
    // A bug in the emitter must still end as a diagnostic, never a crash.
    diags.error({1, 0, 1, 0}, std::string("internal error in the code generator: ") + ex.what());
    return {};
  }
}

}  // namespace pyco2cpp
