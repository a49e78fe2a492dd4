// Printing an exception the way CPython's default excepthook does: the
// chain (__cause__ / __context__), each traceback with source lines, the
// collapsed "[Previous line repeated N more times]" for deep recursion, and
// exception groups framed with their exceptions below them.
#include <fmt/format.h>

#include <unordered_set>

#include "core/core.h"

namespace py {

static std::string_view strip(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\f' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

static void print_entry(const TracebackEntry& t, std::string& out) {
  const SourceInfo* src = t.code->source;
  out += fmt::format("  File \"{}\", line {}, in {}\n", src ? src->filename : "<unknown>", t.line, t.code->name);
  if (src && t.line >= 1 && t.line <= src->nlines) {
    std::string_view line = strip(src->lines[t.line - 1]);
    if (!line.empty()) {
      out += "    ";
      out += line;
      out += "\n";
    }
  }
}

void print_traceback_entries(const ExceptionObj* e, std::string& out) {
  constexpr int kRecursiveCutoff = 3;
  constexpr size_t kLimit = 1000;
  size_t first = 0;  // entries above the frame that caught it are not part of it
  while (first < e->traceback.size() && e->traceback[first].depth < e->handled_depth) ++first;
  size_t start = e->traceback.size() - first > kLimit ? e->traceback.size() - kLimit : first;
  const TracebackEntry* last = nullptr;
  int count = 0;
  auto flush_repeats = [&] {
    if (count > kRecursiveCutoff) {
      int more = count - kRecursiveCutoff;
      out += fmt::format("  [Previous line repeated {} more time{}]\n", more, more > 1 ? "s" : "");
    }
  };
  for (size_t i = start; i < e->traceback.size(); ++i) {
    const TracebackEntry& t = e->traceback[i];
    bool same = last && last->code->source == t.code->source && last->line == t.line &&
                std::string_view(last->code->name) == t.code->name;
    if (!same) {
      flush_repeats();
      count = 0;
      last = &t;
    }
    ++count;
    if (count <= kRecursiveCutoff) print_entry(t, out);
  }
  flush_repeats();
}

// Where the text goes: CPython's _ExceptionPrintContext. Inside an
// exception group every line is indented by its depth and marked in the
// margin ('|', or '+' on a group's first line).
struct PrintContext {
  std::string& out;
  int group_depth = 0;
  bool need_close = false;
  std::unordered_set<Object*> seen;

  std::string indent() const { return std::string(static_cast<size_t>(group_depth) * 2, ' '); }
  void emit(std::string_view text, char margin = '|') {
    std::string prefix = indent();
    if (group_depth) prefix += std::string(1, margin) + " ";
    while (!text.empty()) {
      size_t end = text.find('\n');
      std::string_view line = end == std::string_view::npos ? text : text.substr(0, end + 1);
      out += prefix;
      out += line;
      text.remove_prefix(line.size());
    }
  }
};

// The exceptions of a BaseExceptionGroup, or null for any other exception.
static const std::vector<Value>* group_members(const Value& exc) {
  if (!isinstance_of(exc, E::BaseExceptionGroup)) return nullptr;
  auto* e = exc.as<ExceptionObj>();
  if (type_of(e->extra) != T::tuple) return nullptr;
  const auto& parts = e->extra.as<TupleObj>()->items;  // (message, exceptions)
  if (parts.size() != 2 || type_of(parts[1]) != T::tuple) return nullptr;
  return &parts[1].as<TupleObj>()->items;
}

static std::string exception_only(const Value& exc) {
  auto* e = exc.as<ExceptionObj>();
  std::string out = exception_type_display_name(e->type);
  Value s = exception_str(exc);
  if (s.is_unbound()) {
    out += ": <exception str() failed>";
  } else if (is_str(s) && !sv(s).empty()) {
    out += ": ";
    out += sv(s);
  }
  out += "\n";
  if (e->dict) {
    if (Value* notes = dict_find_str(e->dict, intern("__notes__")); notes && type_of(*notes) == T::list) {
      for (const Value& n : notes->as<ListObj>()->items) {
        out += is_str(n) ? std::string(sv(n)) : str_string(n);
        out += "\n";
      }
    }
  }
  return out;
}

static void format_chain(const Value& exc, PrintContext& ctx);

// One exception of a chain: its traceback and its line, or, for a group,
// the same framed with each of its exceptions below it.
static void format_one(const Value& exc, PrintContext& ctx) {
  constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;
  auto* e = exc.as<ExceptionObj>();
  bool any = false;
  for (auto& t : e->traceback) any |= t.depth >= e->handled_depth;
  std::string stack;
  if (any) print_traceback_entries(e, stack);
  const std::vector<Value>* members = group_members(exc);
  if (!members) {
    if (any) {
      ctx.emit("Traceback (most recent call last):\n");
      ctx.emit(stack);
    }
    ctx.emit(exception_only(exc));
    return;
  }
  if (ctx.group_depth > kMaxGroupDepth) {
    ctx.emit(fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth));
    return;
  }
  bool toplevel = ctx.group_depth == 0;
  if (toplevel) ++ctx.group_depth;
  if (any) {
    ctx.emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
    ctx.emit(stack);
  }
  ctx.emit(exception_only(exc));
  size_t count = members->size();
  size_t n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (size_t i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) ctx.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ++ctx.group_depth;
    if (!truncated) {
      format_chain((*members)[i], ctx);
    } else {
      size_t remaining = count - kMaxGroupWidth;
      ctx.emit(fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.group_depth;
  }
  if (toplevel) ctx.group_depth = 0;
}

static void format_chain(const Value& exc, PrintContext& ctx) {
  ctx.seen.insert(exc.obj());
  auto* e = exc.as<ExceptionObj>();
  if (is_exception_instance(e->cause)) {
    if (!ctx.seen.count(e->cause.obj())) {
      format_chain(e->cause, ctx);
      ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n");
    }
  } else if (is_exception_instance(e->context) && !e->suppress_context) {
    if (!ctx.seen.count(e->context.obj())) {
      format_chain(e->context, ctx);
      ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  format_one(exc, ctx);
}

std::string format_exception(const Value& exc) {
  std::string out;
  if (!is_exception_instance(exc))
    return "TypeError: print_exception(): Exception expected for value, " + type_name(exc) + " found\n";
  PrintContext ctx{out};
  try {
    format_chain(exc, ctx);
  } catch (PyError&) {
    // str() of something in the chain misbehaved badly; show what we have.
  }
  return out;
}

void print_exception(const Value& exc) { write_stderr(format_exception(exc)); }

}  // namespace py
