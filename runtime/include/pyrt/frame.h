// Frames: what a traceback is made of.
//
// Every compiled Python function pushes a py::Frame while it runs (a
// FrameScope; a generator links the frame it owns in at each resume) and
// keeps `line` up to date before each statement. A raise records the chain of
// frames (outermost first); the frame that catches trims the entries above
// it, which reproduces CPython's tracebacks without unwinding by hand.
#pragma once

#include <cstdint>

#include "pyrt/value.h"

namespace py {

struct SourceInfo {
  const char* filename;        // as given on the command line: printed in tracebacks
  const char* const* lines;    // lines[0] is line 1 (no newline)
  int nlines;
};

enum class FuncKind : uint8_t { Plain, Generator, Coroutine, AsyncGenerator, Module, Class };

// Static description of one compiled function (emitted by codegen).
struct CodeInfo {
  const char* name;      // co_name: "f", "<module>", "<lambda>", "<listcomp>"
  const char* qualname;  // "C.method.<locals>.g"
  const SourceInfo* source;
  int firstline;
  FuncKind kind;
  // Signature, in binding order: positional (first nposonly of them are
  // positional-only), then *args name if has_varargs, then keyword-only,
  // then **kwargs name if has_varkw.
  const char* const* params;
  uint16_t npositional;  // includes positional-only
  uint16_t nposonly;
  uint16_t nkwonly;
  bool has_varargs;
  bool has_varkw;
  const char* doc;  // the docstring (UTF-8), or null: a new function's __doc__
};

struct Frame {
  const CodeInfo* code;
  int line;
  int depth;
  Frame* back;
};

extern Frame* current_frame;
extern int recursion_limit;  // sys.getrecursionlimit(), 1000
// A call whose frame would sit below this address raises RecursionError
// instead of running off the C stack: the main stack's end plus a margin,
// or a fiber's (null: unchecked).
extern char* stack_limit;
// Whether a frame at `frame_address` is past either limit.
inline bool recursion_exceeded(int depth, const void* frame_address) {
  return depth > recursion_limit || static_cast<const char*>(frame_address) < stack_limit;
}
// Past a limit: restores the frame chain and raises RecursionError. Or only
// a collection was asked for (core/gc.h): it runs, and this returns.
void frame_entry_slow(Frame* frame);

struct FrameScope {
  Frame frame;
  explicit FrameScope(const CodeInfo* code) {
    frame.code = code;
    frame.line = code->firstline;
    frame.back = current_frame;
    frame.depth = current_frame ? current_frame->depth + 1 : 0;
    current_frame = &frame;
    if (recursion_exceeded(frame.depth, &frame)) [[unlikely]] {
      frame_entry_slow(&frame);  // (if it raises, the destructor won't run: it restores first)
    }
  }
  ~FrameScope() { current_frame = frame.back; }
  FrameScope(const FrameScope&) = delete;
  FrameScope& operator=(const FrameScope&) = delete;
};

}  // namespace py
