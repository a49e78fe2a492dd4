// Printing an exception the way CPython's default excepthook does: the
// chain (__cause__ / __context__), each traceback with source lines, the
// collapsed "[Previous line repeated N more times]" for deep recursion.
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

static void format_one(const Value& exc, std::string& out) {
  auto* e = exc.as<ExceptionObj>();
  bool any = false;
  for (auto& t : e->traceback) any |= t.depth >= e->handled_depth;
  if (any) {
    out += "Traceback (most recent call last):\n";
    print_traceback_entries(e, out);
  }
  out += exception_type_display_name(e->type);
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
}

static void format_chain(const Value& exc, std::string& out, std::unordered_set<Object*>& seen) {
  seen.insert(exc.obj());
  auto* e = exc.as<ExceptionObj>();
  if (is_exception_instance(e->cause)) {
    if (!seen.count(e->cause.obj())) {
      format_chain(e->cause, out, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    }
  } else if (is_exception_instance(e->context) && !e->suppress_context) {
    if (!seen.count(e->context.obj())) {
      format_chain(e->context, out, seen);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  format_one(exc, out);
}

std::string format_exception(const Value& exc) {
  std::string out;
  if (!is_exception_instance(exc))
    return "TypeError: print_exception(): Exception expected for value, " + type_name(exc) + " found\n";
  std::unordered_set<Object*> seen;
  try {
    format_chain(exc, out, seen);
  } catch (PyError&) {
    // str() of something in the chain misbehaved badly; show what we have.
  }
  return out;
}

void print_exception(const Value& exc) { write_stderr(format_exception(exc)); }

}  // namespace py
