// --dump=ast: one node per line, children indented by two spaces, each node
// with its start line:col. Expression children come in CPython's field
// order; statement bodies and other lists are labelled ("body:", "orelse:").
#include <fmt/format.h>

#include "pyco2cpp/ast.h"

namespace pyco2cpp::ast {

const char* name_of(BinOpKind k) {
  static const char* names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(k)];
}
const char* symbol_of(BinOpKind k) {
  static const char* symbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return symbols[static_cast<int>(k)];
}
const char* name_of(UnaryOpKind k) {
  static const char* names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(k)];
}
const char* name_of(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }
const char* name_of(CmpOpKind k) {
  static const char* names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(k)];
}
const char* symbol_of(CmpOpKind k) {
  static const char* symbols[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
  return symbols[static_cast<int>(k)];
}

namespace {

const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del"; }

// Bytes: everything outside printable ASCII as \xNN.
std::string quoted_bytes(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c >= 0x7F) out += fmt::format("\\x{:02x}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + "'";
}

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02x}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + "'";
}

class Dumper {
 public:
  std::string out;

  void line(int depth, const std::string& text) {
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += text;
    out += '\n';
  }
  static std::string at(const Loc& loc) { return fmt::format("{}:{}", loc.line, loc.col); }

  void label(int depth, const char* name) { line(depth, std::string(name) + ":"); }

  void body(int depth, const char* name, const StmtList& stmts) {
    if (stmts.empty()) return;
    label(depth, name);
    for (const auto& s : stmts) stmt(s.get(), depth + 1);
  }

  void exprs(int depth, const ExprList& list) {
    for (const auto& e : list) expr(e.get(), depth);
  }

  void arg(const Arg& a, int depth, const char* prefix = "") {
    line(depth, fmt::format("arg {}{} {}", prefix, quoted(a.name), at(a.loc)));
    if (a.annotation) expr(a.annotation.get(), depth + 1);
  }

  void arguments(const Arguments& args, int depth) {
    bool any = !args.posonlyargs.empty() || !args.args.empty() || args.vararg || !args.kwonlyargs.empty() || args.kwarg;
    if (!any) return;
    label(depth, "args");
    for (const auto& a : args.posonlyargs) arg(a, depth + 1, "posonly ");
    for (const auto& a : args.args) arg(a, depth + 1);
    if (args.vararg) arg(*args.vararg, depth + 1, "*");
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      arg(args.kwonlyargs[i], depth + 1, "kwonly ");
      if (args.kw_defaults[i]) {
        label(depth + 2, "default");
        expr(args.kw_defaults[i].get(), depth + 3);
      }
    }
    if (args.kwarg) arg(*args.kwarg, depth + 1, "**");
    if (!args.defaults.empty()) {
      label(depth, "defaults");
      exprs(depth + 1, args.defaults);
    }
  }

  void keywords(const std::vector<Keyword>& kws, int depth) {
    for (const auto& k : kws) {
      line(depth, fmt::format("keyword {} {}", k.arg.empty() ? std::string("**") : quoted(k.arg), at(k.loc)));
      expr(k.value.get(), depth + 1);
    }
  }

  void generators(const std::vector<Comprehension>& gens, int depth) {
    for (const auto& g : gens) {
      line(depth, fmt::format("comprehension{} {}", g.is_async ? " async" : "", at(g.loc)));
      expr(g.target.get(), depth + 1);
      expr(g.iter.get(), depth + 1);
      if (!g.ifs.empty()) {
        label(depth + 1, "ifs");
        exprs(depth + 2, g.ifs);
      }
    }
  }

  void expr(const Expr* e, int depth) {
    if (!e) return;
    std::string loc = at(e->loc);
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = e->as<BoolOp>();
        line(depth, fmt::format("BoolOp {} {}", name_of(n->op), loc));
        exprs(depth + 1, n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        line(depth, "NamedExpr " + loc);
        expr(n->target.get(), depth + 1);
        expr(n->value.get(), depth + 1);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = e->as<BinOp>();
        line(depth, fmt::format("BinOp {} {}", name_of(n->op), loc));
        expr(n->left.get(), depth + 1);
        expr(n->right.get(), depth + 1);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = e->as<UnaryOp>();
        line(depth, fmt::format("UnaryOp {} {}", name_of(n->op), loc));
        expr(n->operand.get(), depth + 1);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = e->as<Lambda>();
        line(depth, "Lambda " + loc);
        arguments(n->args, depth + 1);
        expr(n->body.get(), depth + 1);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = e->as<IfExp>();
        line(depth, "IfExp " + loc);
        expr(n->test.get(), depth + 1);
        expr(n->body.get(), depth + 1);
        expr(n->orelse.get(), depth + 1);
        break;
      }
      case ExprKind::Dict: {
        auto* n = e->as<Dict>();
        line(depth, "Dict " + loc);
        for (size_t i = 0; i < n->keys.size(); ++i) {
          if (n->keys[i]) expr(n->keys[i].get(), depth + 1);
          else line(depth + 1, "**");
          expr(n->values[i].get(), depth + 1);
        }
        break;
      }
      case ExprKind::Set:
        line(depth, "Set " + loc);
        exprs(depth + 1, e->as<Set>()->elts);
        break;
      case ExprKind::ListComp:
        line(depth, "ListComp " + loc);
        expr(e->as<ListComp>()->elt.get(), depth + 1);
        generators(e->as<ListComp>()->generators, depth + 1);
        break;
      case ExprKind::SetComp:
        line(depth, "SetComp " + loc);
        expr(e->as<SetComp>()->elt.get(), depth + 1);
        generators(e->as<SetComp>()->generators, depth + 1);
        break;
      case ExprKind::GeneratorExp:
        line(depth, "GeneratorExp " + loc);
        expr(e->as<GeneratorExp>()->elt.get(), depth + 1);
        generators(e->as<GeneratorExp>()->generators, depth + 1);
        break;
      case ExprKind::DictComp:
        line(depth, "DictComp " + loc);
        expr(e->as<DictComp>()->key.get(), depth + 1);
        expr(e->as<DictComp>()->value.get(), depth + 1);
        generators(e->as<DictComp>()->generators, depth + 1);
        break;
      case ExprKind::Await:
        line(depth, "Await " + loc);
        expr(e->as<Await>()->value.get(), depth + 1);
        break;
      case ExprKind::Yield:
        line(depth, "Yield " + loc);
        expr(e->as<Yield>()->value.get(), depth + 1);
        break;
      case ExprKind::YieldFrom:
        line(depth, "YieldFrom " + loc);
        expr(e->as<YieldFrom>()->value.get(), depth + 1);
        break;
      case ExprKind::Compare: {
        auto* n = e->as<Compare>();
        std::string ops;
        for (auto op : n->ops) ops += std::string(name_of(op)) + " ";
        line(depth, fmt::format("Compare {}{}", ops, loc));
        expr(n->left.get(), depth + 1);
        exprs(depth + 1, n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* n = e->as<Call>();
        line(depth, "Call " + loc);
        expr(n->func.get(), depth + 1);
        exprs(depth + 1, n->args);
        keywords(n->keywords, depth + 1);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = e->as<FormattedValue>();
        std::string conv = n->conversion < 0 ? "" : fmt::format("!{} ", static_cast<char>(n->conversion));
        line(depth, fmt::format("FormattedValue {}{}", conv, loc));
        expr(n->value.get(), depth + 1);
        if (n->format_spec) {
          label(depth + 1, "format_spec");
          expr(n->format_spec.get(), depth + 2);
        }
        break;
      }
      case ExprKind::JoinedStr:
        line(depth, "JoinedStr " + loc);
        exprs(depth + 1, e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant: {
        auto* n = e->as<Constant>();
        switch (n->value_kind) {
          case ConstKind::None: line(depth, "Constant None " + loc); break;
          case ConstKind::True: line(depth, "Constant True " + loc); break;
          case ConstKind::False: line(depth, "Constant False " + loc); break;
          case ConstKind::Ellipsis: line(depth, "Constant Ellipsis " + loc); break;
          case ConstKind::Int: line(depth, fmt::format("Constant Int '{}' {}", n->value, loc)); break;
          case ConstKind::Float: line(depth, fmt::format("Constant Float '{}' {}", n->value, loc)); break;
          case ConstKind::Imag: line(depth, fmt::format("Constant Imag '{}' {}", n->value, loc)); break;
          case ConstKind::Str: line(depth, fmt::format("Constant Str {} {}", quoted(n->value), loc)); break;
          case ConstKind::Bytes: line(depth, fmt::format("Constant Bytes {} {}", quoted_bytes(n->value), loc)); break;
        }
        break;
      }
      case ExprKind::Attribute: {
        auto* n = e->as<Attribute>();
        line(depth, fmt::format("Attribute {} {} {}", quoted(n->attr), ctx_name(n->ctx), loc));
        expr(n->value.get(), depth + 1);
        break;
      }
      case ExprKind::Subscript: {
        auto* n = e->as<Subscript>();
        line(depth, fmt::format("Subscript {} {}", ctx_name(n->ctx), loc));
        expr(n->value.get(), depth + 1);
        expr(n->slice.get(), depth + 1);
        break;
      }
      case ExprKind::Starred: {
        auto* n = e->as<Starred>();
        line(depth, fmt::format("Starred {} {}", ctx_name(n->ctx), loc));
        expr(n->value.get(), depth + 1);
        break;
      }
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        line(depth, fmt::format("Name {} {} {}", quoted(n->id), ctx_name(n->ctx), loc));
        break;
      }
      case ExprKind::List:
        line(depth, fmt::format("List {} {}", ctx_name(e->as<List>()->ctx), loc));
        exprs(depth + 1, e->as<List>()->elts);
        break;
      case ExprKind::Tuple:
        line(depth, fmt::format("Tuple {} {}", ctx_name(e->as<Tuple>()->ctx), loc));
        exprs(depth + 1, e->as<Tuple>()->elts);
        break;
      case ExprKind::Slice: {
        auto* n = e->as<Slice>();
        line(depth, "Slice " + loc);
        auto part = [&](const char* name, const ExprPtr& p) {
          if (!p) return;
          label(depth + 1, name);
          expr(p.get(), depth + 2);
        };
        part("lower", n->lower);
        part("upper", n->upper);
        part("step", n->step);
        break;
      }
    }
  }

  void stmt(const Stmt* s, int depth) {
    std::string loc = at(s->loc);
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* n = s->as<FunctionDef>();
        line(depth, fmt::format("{} {} {}", n->is_async ? "AsyncFunctionDef" : "FunctionDef", quoted(n->name), loc));
        if (!n->decorator_list.empty()) {
          label(depth + 1, "decorators");
          exprs(depth + 2, n->decorator_list);
        }
        arguments(n->args, depth + 1);
        if (n->returns) {
          label(depth + 1, "returns");
          expr(n->returns.get(), depth + 2);
        }
        body(depth + 1, "body", n->body);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = s->as<ClassDef>();
        line(depth, fmt::format("ClassDef {} {}", quoted(n->name), loc));
        if (!n->decorator_list.empty()) {
          label(depth + 1, "decorators");
          exprs(depth + 2, n->decorator_list);
        }
        if (!n->bases.empty()) {
          label(depth + 1, "bases");
          exprs(depth + 2, n->bases);
        }
        keywords(n->keywords, depth + 1);
        body(depth + 1, "body", n->body);
        break;
      }
      case StmtKind::Return:
        line(depth, "Return " + loc);
        expr(s->as<Return>()->value.get(), depth + 1);
        break;
      case StmtKind::Delete:
        line(depth, "Delete " + loc);
        exprs(depth + 1, s->as<Delete>()->targets);
        break;
      case StmtKind::Assign:
        line(depth, "Assign " + loc);
        exprs(depth + 1, s->as<Assign>()->targets);
        expr(s->as<Assign>()->value.get(), depth + 1);
        break;
      case StmtKind::AugAssign: {
        auto* n = s->as<AugAssign>();
        line(depth, fmt::format("AugAssign {} {}", name_of(n->op), loc));
        expr(n->target.get(), depth + 1);
        expr(n->value.get(), depth + 1);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = s->as<AnnAssign>();
        line(depth, fmt::format("AnnAssign{} {}", n->simple ? " simple" : "", loc));
        expr(n->target.get(), depth + 1);
        expr(n->annotation.get(), depth + 1);
        expr(n->value.get(), depth + 1);
        break;
      }
      case StmtKind::For: {
        auto* n = s->as<For>();
        line(depth, fmt::format("{} {}", n->is_async ? "AsyncFor" : "For", loc));
        expr(n->target.get(), depth + 1);
        expr(n->iter.get(), depth + 1);
        body(depth + 1, "body", n->body);
        body(depth + 1, "orelse", n->orelse);
        break;
      }
      case StmtKind::While: {
        auto* n = s->as<While>();
        line(depth, "While " + loc);
        expr(n->test.get(), depth + 1);
        body(depth + 1, "body", n->body);
        body(depth + 1, "orelse", n->orelse);
        break;
      }
      case StmtKind::If: {
        auto* n = s->as<If>();
        line(depth, "If " + loc);
        expr(n->test.get(), depth + 1);
        body(depth + 1, "body", n->body);
        body(depth + 1, "orelse", n->orelse);
        break;
      }
      case StmtKind::With: {
        auto* n = s->as<With>();
        line(depth, fmt::format("{} {}", n->is_async ? "AsyncWith" : "With", loc));
        for (const auto& item : n->items) {
          line(depth + 1, "withitem");
          expr(item.context_expr.get(), depth + 2);
          expr(item.optional_vars.get(), depth + 2);
        }
        body(depth + 1, "body", n->body);
        break;
      }
      case StmtKind::Raise: {
        auto* n = s->as<Raise>();
        line(depth, "Raise " + loc);
        expr(n->exc.get(), depth + 1);
        if (n->cause) {
          label(depth + 1, "cause");
          expr(n->cause.get(), depth + 2);
        }
        break;
      }
      case StmtKind::Try: {
        auto* n = s->as<Try>();
        line(depth, fmt::format("{} {}", n->is_star ? "TryStar" : "Try", loc));
        body(depth + 1, "body", n->body);
        for (const auto& h : n->handlers) {
          line(depth + 1, fmt::format("ExceptHandler{} {}", h.name.empty() ? "" : " " + quoted(h.name), at(h.loc)));
          expr(h.type.get(), depth + 2);
          body(depth + 2, "body", h.body);
        }
        body(depth + 1, "orelse", n->orelse);
        body(depth + 1, "finalbody", n->finalbody);
        break;
      }
      case StmtKind::Assert:
        line(depth, "Assert " + loc);
        expr(s->as<Assert>()->test.get(), depth + 1);
        expr(s->as<Assert>()->msg.get(), depth + 1);
        break;
      case StmtKind::Import:
        line(depth, "Import " + loc);
        for (const auto& a : s->as<Import>()->names)
          line(depth + 1, fmt::format("alias {}{} {}", quoted(a.name), a.asname.empty() ? "" : " as " + quoted(a.asname), at(a.loc)));
        break;
      case StmtKind::ImportFrom: {
        auto* n = s->as<ImportFrom>();
        line(depth, fmt::format("ImportFrom {} level={} {}", quoted(n->module), n->level, loc));
        for (const auto& a : n->names)
          line(depth + 1, fmt::format("alias {}{} {}", quoted(a.name), a.asname.empty() ? "" : " as " + quoted(a.asname), at(a.loc)));
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        const auto& names = s->kind == StmtKind::Global ? s->as<Global>()->names : s->as<Nonlocal>()->names;
        std::string list;
        for (const auto& name : names) list += quoted(name) + " ";
        line(depth, fmt::format("{} {}{}", s->kind == StmtKind::Global ? "Global" : "Nonlocal", list, loc));
        break;
      }
      case StmtKind::Expr:
        line(depth, "Expr " + loc);
        expr(s->as<ExprStmt>()->value.get(), depth + 1);
        break;
      case StmtKind::Pass: line(depth, "Pass " + loc); break;
      case StmtKind::Break: line(depth, "Break " + loc); break;
      case StmtKind::Continue: line(depth, "Continue " + loc); break;
    }
  }
};

}  // namespace

std::string dump(const Module& module) {
  Dumper d;
  d.line(0, "Module");
  for (const auto& s : module.body) d.stmt(s.get(), 1);
  return d.out;
}

}  // namespace pyco2cpp::ast
