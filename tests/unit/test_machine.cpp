// Machine objects (runtime/src/machines/) driven through hand-written state
// machines, written the way codegen lowers generators (pyrt/machine.h's
// worked example). Each machine mirrors a function of
// the Python source in `kLines`; expected values come from running that
// source under python3 (3.11).
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "core_test_util.h"
#include "pyrt/async_generator.h"
#include "pyrt/machine.h"
#include "pyrt/local_generator.h"

using namespace py;
using namespace pyrt_test;

namespace {

const char* const kLines[] = {
    "def count(n):",                          // 1
    "    i = 0",                              // 2
    "    while i < n:",                       // 3
    "        got = yield i",                  // 4
    "        i += 1",                         // 5
    "    return \"done\"",                    // 6
    "def catcher():",                         // 7
    "    while True:",                        // 8
    "        try:",                           // 9
    "            yield 1",                    // 10
    "        except ValueError:",             // 11
    "            yield \"handled\"",          // 12
    "def fin():",                             // 13
    "    try:",                               // 14
    "        yield 1",                        // 15
    "        yield 2",                        // 16
    "    finally:",                           // 17
    "        log(\"finally\")",               // 18
    "def ignorer():",                         // 19
    "    try:",                               // 20
    "        yield 1",                        // 21
    "    except GeneratorExit:",              // 22
    "        yield 2",                        // 23
    "def bad():",                             // 24
    "    try:",                               // 25
    "        yield 1",                        // 26
    "    finally:",                           // 27
    "        raise KeyError(\"in finally\")",  // 28
    "def stopper():",                         // 29
    "    yield 1",                            // 30
    "    raise StopIteration(5)",             // 31
    "def selfish():",                         // 32
    "    yield next(me)",                     // 33
    "def boom():",                            // 34
    "    yield 1",                            // 35
    "    raise ValueError(\"boom\")",         // 36
    "def caller():",                          // 37
    "    return next(gb)",                    // 38
    "def inner():",                           // 39
    "    try:",                               // 40
    "        x = yield 1",                    // 41
    "        log(\"inner got\", x)",          // 42
    "        y = yield 2",                    // 43
    "    finally:",                           // 44
    "        log(\"inner finally\")",         // 45
    "    return \"ret\"",                     // 46
    "def mid():",                             // 47
    "    v = yield from inner()",             // 48
    "    log(\"mid got\", v)",                // 49
    "    return v + \"!\"",                   // 50
    "def top():",                             // 51
    "    try:",                               // 52
    "        w = yield from mid()",           // 53
    "        log(\"top got\", w)",            // 54
    "    except GeneratorExit:",              // 55
    "        log(\"top GE\")",                // 56
    "        raise",                          // 57
    "next(g)",                                // 58: the driving module line
};
const SourceInfo kSource{"gen.py", kLines, 58};

CodeInfo code_of(const char* name, int line) {
  return CodeInfo{name, name, &kSource, line, FuncKind::Generator, nullptr, 0, 0, 0, false, false, nullptr};
}
CodeInfo module_code{"<module>", "<module>", &kSource, 1, FuncKind::Module, nullptr, 0, 0, 0, false, false, nullptr};
CodeInfo count_code = code_of("count", 1), catcher_code = code_of("catcher", 7), fin_code = code_of("fin", 13),
         ignorer_code = code_of("ignorer", 19), bad_code = code_of("bad", 24), stopper_code = code_of("stopper", 29),
         selfish_code = code_of("selfish", 32), boom_code = code_of("boom", 34), inner_code = code_of("inner", 39),
         mid_code = code_of("mid", 47), top_code = code_of("top", 51), leaf_code = code_of("leaf", 1),
         chain_code = code_of("chain", 1);
CodeInfo caller_code{"caller", "caller", &kSource, 37, FuncKind::Plain, nullptr, 0, 0, 0, false, false, nullptr};

std::vector<std::string> LOG;
void log(const std::string& s) { LOG.push_back(s); }

[[noreturn]] void unreachable_state() { std::abort(); }

template <class F>
Value make(const CodeInfo* code, ResumeFn resume) {
  return Value::steal(new_machine<F>(code, resume));
}
MachineObj* G(const Value& v) { return v.as<MachineObj>(); }

// The text CPython's traceback module prints for `exc` (our printer adds
// the source lines CPython cannot show for exec'd code).
std::string formatted(const Value& exc) { return format_exception(exc); }

// ------------------------------------------------------------ machines

// count(n): yields 0..n-1, logs what was sent, returns "done".
struct CountFrame : MachineObj {
  Value v_n, v_i, v_got;
  void clear_locals() override {
    v_n.clear();
    v_i.clear();
    v_got.clear();
  }
};
Step resume_count(MachineObj* g_, Value& io_) {
  auto* f = static_cast<CountFrame*>(g_);
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  f->frame.line = 2;
  f->v_i = Value::from_int(0);
  for (;;) {
    f->frame.line = 3;
    if (!truthy(lt(f->v_i, f->v_n))) break;
    f->frame.line = 4;
    io_ = f->v_i;
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
    f->v_got = std::move(io_);
    log("got " + str_of(f->v_got));
    f->frame.line = 5;
    f->v_i = add(f->v_i, Value::from_int(1));
  }
  f->frame.line = 6;
  io_ = S("done");
  return Step::Returned;
}
Value count(int64_t n) {
  Value g = make<CountFrame>(&count_code, resume_count);
  static_cast<CountFrame*>(G(g))->v_n = Value::from_int(n);
  return g;
}

// catcher(): the yield in the handler keeps ValueError as the exception
// being handled across the suspension; the log shows what sys.exc_info()
// says inside.
struct CatcherFrame : MachineObj {
  Value caught, h_1;
};
Step resume_catcher(MachineObj* g_, Value& io_) {
  auto* f = static_cast<CatcherFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1: goto try_entry;
    case 2: goto resume_2;
    default: unreachable_state();
  }
  for (;;) {
    f->frame.line = 9;
  try_entry:
    try {
      switch (rs) {
        case 1: goto resume_1;
        default: break;
      }
      f->frame.line = 10;
      io_ = Value::from_int(1);
      g_->state = 1;
      return Step::Suspended;
    resume_1:
      rs = 0;
      machine_resumed(g_);
      continue;
    } catch (PyError& e) {
      f->caught = std::move(e.exc);
    }
    f->frame.line = 11;
    machine_handler_enter(g_, f->h_1, f->caught);
    if (!exc_matches(f->caught, Value::borrow(E::ValueError))) reraise();
    log("in handler: " + repr_of(current_exception()));
    f->frame.line = 12;
    io_ = S("handled");
    g_->state = 2;
    return Step::Suspended;
  resume_2:
    rs = 0;
    machine_resumed(g_);
    log("resumed in handler: " + repr_of(current_exception()));
    machine_handler_exit(g_, f->h_1);
    f->caught.clear();
  }
}

// fin(): try/finally around two yields.
struct FinFrame : MachineObj {
  Value pend;
};
Step resume_fin(MachineObj* g_, Value& io_) {
  auto* f = static_cast<FinFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1:
    case 2: goto try_entry;
    default: unreachable_state();
  }
  f->frame.line = 14;
try_entry:
  try {
    switch (rs) {
      case 1: goto resume_1;
      case 2: goto resume_2;
      default: break;
    }
    f->frame.line = 15;
    io_ = Value::from_int(1);
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
    f->frame.line = 16;
    io_ = Value::from_int(2);
    g_->state = 2;
    return Step::Suspended;
  resume_2:
    machine_resumed(g_);
  } catch (PyError& e) {
    f->pend = std::move(e.exc);
  }
  f->frame.line = 18;
  log("finally");
  if (f->pend.is_bound()) throw PyError{std::move(f->pend)};
  io_ = Value::none();
  return Step::Returned;
}

// ignorer(): yields again when closed.
struct IgnorerFrame : MachineObj {
  Value caught, h_1;
};
Step resume_ignorer(MachineObj* g_, Value& io_) {
  auto* f = static_cast<IgnorerFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1: goto try_entry;
    case 2: goto resume_2;
    default: unreachable_state();
  }
  f->frame.line = 20;
try_entry:
  try {
    switch (rs) {
      case 1: goto resume_1;
      default: break;
    }
    f->frame.line = 21;
    io_ = Value::from_int(1);
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
    io_ = Value::none();
    return Step::Returned;
  } catch (PyError& e) {
    f->caught = std::move(e.exc);
  }
  f->frame.line = 22;
  machine_handler_enter(g_, f->h_1, f->caught);
  if (!exc_matches(f->caught, Value::borrow(E::GeneratorExit))) reraise();
  f->frame.line = 23;
  io_ = Value::from_int(2);
  g_->state = 2;
  return Step::Suspended;
resume_2:
  machine_resumed(g_);
  machine_handler_exit(g_, f->h_1);
  io_ = Value::none();
  return Step::Returned;
}

// bad(): its finally raises KeyError('in finally').
struct BadFrame : MachineObj {
  Value pend;
};
Step resume_bad(MachineObj* g_, Value& io_) {
  auto* f = static_cast<BadFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1: goto try_entry;
    default: unreachable_state();
  }
  f->frame.line = 25;
try_entry:
  try {
    switch (rs) {
      case 1: goto resume_1;
      default: break;
    }
    f->frame.line = 26;
    io_ = Value::from_int(1);
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
  } catch (PyError& e) {
    f->pend = std::move(e.exc);
  }
  f->frame.line = 28;
  {
    // The pending exception is being handled while the finally runs.
    PyError pending{f->pend};
    std::unique_ptr<HandlerScope> h;
    if (f->pend.is_bound()) h = std::make_unique<HandlerScope>(pending, true);
    raise(call(Value::borrow(E::KeyError), {S("in finally")}));
  }
}

// stopper(): PEP 479.
struct PlainFrame : MachineObj {};
Step resume_stopper(MachineObj* g_, Value& io_) {
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  g_->frame.line = 30;
  io_ = Value::from_int(1);
  g_->state = 1;
  return Step::Suspended;
resume_1:
  machine_resumed(g_);
  g_->frame.line = 31;
  raise(call(Value::borrow(E::StopIteration), {Value::from_int(5)}));
}

// selfish(): resumes itself.
Value me;
Step resume_selfish(MachineObj* g_, Value& io_) {
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  g_->frame.line = 33;
  io_ = call(builtin("next"), {me});
  g_->state = 1;
  return Step::Suspended;
resume_1:
  machine_resumed(g_);
  io_ = Value::none();
  return Step::Returned;
}

// boom(): raises on its second step, called through caller().
Step resume_boom(MachineObj* g_, Value& io_) {
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  g_->frame.line = 35;
  io_ = Value::from_int(1);
  g_->state = 1;
  return Step::Suspended;
resume_1:
  machine_resumed(g_);
  g_->frame.line = 36;
  raise(call(Value::borrow(E::ValueError), {S("boom")}));
}
Value gb;
Value caller() {
  FrameScope fs(&caller_code);
  fs.frame.line = 38;
  return call(builtin("next"), {gb});
}

// inner / mid / top: PEP 380 delegation with return values.
struct InnerFrame : MachineObj {
  Value v_x, v_y, pend;
};
Step resume_inner(MachineObj* g_, Value& io_) {
  auto* f = static_cast<InnerFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1:
    case 2: goto try_entry;
    default: unreachable_state();
  }
  f->frame.line = 40;
try_entry:
  try {
    switch (rs) {
      case 1: goto resume_1;
      case 2: goto resume_2;
      default: break;
    }
    f->frame.line = 41;
    io_ = Value::from_int(1);
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
    f->v_x = std::move(io_);
    f->frame.line = 42;
    log("inner got " + str_of(f->v_x));
    f->frame.line = 43;
    io_ = Value::from_int(2);
    g_->state = 2;
    return Step::Suspended;
  resume_2:
    machine_resumed(g_);
    f->v_y = std::move(io_);
  } catch (PyError& e) {
    f->pend = std::move(e.exc);
  }
  f->frame.line = 45;
  log("inner finally");
  if (f->pend.is_bound()) throw PyError{std::move(f->pend)};
  f->frame.line = 46;
  io_ = S("ret");
  return Step::Returned;
}
Value make_inner() { return make<InnerFrame>(&inner_code, resume_inner); }

struct MidFrame : MachineObj {
  Value v_v;
};
Step resume_mid(MachineObj* g_, Value& io_) {
  auto* f = static_cast<MidFrame*>(g_);
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  f->frame.line = 48;
  g_->yield_from = yield_from_iter(g_, make_inner());
  io_ = Value::none();
  g_->state = 1;
resume_1:
  if (yield_from_step(g_, io_)) return Step::Suspended;
  f->v_v = std::move(io_);
  f->frame.line = 49;
  log("mid got " + str_of(f->v_v));
  f->frame.line = 50;
  io_ = add(f->v_v, S("!"));
  return Step::Returned;
}
Value make_mid() { return make<MidFrame>(&mid_code, resume_mid); }

struct TopFrame : MachineObj {
  Value v_w, caught;
};
Step resume_top(MachineObj* g_, Value& io_) {
  auto* f = static_cast<TopFrame*>(g_);
  int rs = g_->state;
  switch (rs) {
    case 0: break;
    case 1: goto try_entry;
    default: unreachable_state();
  }
  f->frame.line = 52;
try_entry:
  try {
    switch (rs) {
      case 1: goto resume_1;
      default: break;
    }
    f->frame.line = 53;
    g_->yield_from = yield_from_iter(g_, make_mid());
    io_ = Value::none();
    g_->state = 1;
  resume_1:
    if (yield_from_step(g_, io_)) return Step::Suspended;
    f->v_w = std::move(io_);
    f->frame.line = 54;
    log("top got " + str_of(f->v_w));
    io_ = Value::none();
    return Step::Returned;
  } catch (PyError& e) {
    f->frame.line = 55;
    HandlerScope h(e);
    if (!exc_matches(h.exc(), Value::borrow(E::GeneratorExit))) throw;
    f->frame.line = 56;
    log("top GE");
    f->frame.line = 57;
    reraise();
  }
}
Value make_top() { return make<TopFrame>(&top_code, resume_top); }

// leaf(n) yields 0..n-1; chain(d, n) is `return (yield from chain(d-1, n))`
// down to leaf(n) and returns the leaf's return value, n.
struct LeafFrame : MachineObj {
  int64_t i = 0, n = 0;
};
Step resume_leaf(MachineObj* g_, Value& io_) {
  auto* f = static_cast<LeafFrame*>(g_);
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  for (f->i = 0; f->i < f->n; ++f->i) {
    io_ = Value::from_int(f->i);
    g_->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(g_);
  }
  io_ = Value::from_int(f->n);
  return Step::Returned;
}
struct ChainFrame : MachineObj {
  int64_t depth = 0, n = 0;
};
Value make_chain(int64_t depth, int64_t n);
Step resume_chain(MachineObj* g_, Value& io_) {
  auto* f = static_cast<ChainFrame*>(g_);
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  g_->yield_from = yield_from_iter(g_, make_chain(f->depth - 1, f->n));
  io_ = Value::none();
  g_->state = 1;
resume_1:
  if (yield_from_step(g_, io_)) return Step::Suspended;
  return Step::Returned;  // io_ holds the delegate's return value
}
Value make_chain(int64_t depth, int64_t n) {
  if (depth == 0) {
    Value g = make<LeafFrame>(&leaf_code, resume_leaf);
    static_cast<LeafFrame*>(G(g))->n = n;
    return g;
  }
  Value g = make<ChainFrame>(&chain_code, resume_chain);
  static_cast<ChainFrame*>(G(g))->depth = depth;
  static_cast<ChainFrame*>(G(g))->n = n;
  return g;
}

// `r = yield from <iterable>; return r`
struct YieldFromFrame : MachineObj {
  Value source;
};
Step resume_yield_from(MachineObj* g_, Value& io_) {
  auto* f = static_cast<YieldFromFrame*>(g_);
  switch (g_->state) {
    case 0: break;
    case 1: goto resume_1;
    default: unreachable_state();
  }
  g_->yield_from = yield_from_iter(g_, f->source);
  io_ = Value::none();
  g_->state = 1;
resume_1:
  if (yield_from_step(g_, io_)) return Step::Suspended;
  return Step::Returned;
}
Value yield_from(const Value& source) {
  Value g = make<YieldFromFrame>(&chain_code, resume_yield_from);
  static_cast<YieldFromFrame*>(G(g))->source = source;
  return g;
}

class Generators : public ::testing::Test {
 protected:
  void SetUp() override {
    ensure_runtime();
    current_frame = nullptr;
    LOG.clear();
  }
  void TearDown() override {
    current_frame = nullptr;
    me.clear();
    gb.clear();
  }
};

std::string next_str(const Value& g) {
  Value out;
  if (!machine_next(G(g), out)) return "<returned " + repr_of(out) + ">";
  return repr_of(out);
}

// ------------------------------------------------------------ tests

TEST_F(Generators, CountingAndExhaustion) {
  Value g = count(3);
  EXPECT_EQ(repr_of(g).rfind("<generator object count at 0x", 0), 0u);
  EXPECT_EQ(type_name(g), "generator");
  EXPECT_TRUE(LOG.empty());  // creation runs nothing
  EXPECT_EQ(next_str(g), "0");
  EXPECT_EQ(next_str(g), "1");
  EXPECT_EQ(next_str(g), "2");
  EXPECT_EQ(next_str(g), "<returned 'done'>");
  EXPECT_EQ(next_str(g), "<returned None>");
  EXPECT_EQ(LOG, (std::vector<std::string>{"got None", "got None", "got None"}));
  EXPECT_TRUE(attr(g, "gi_frame").is_none());
}

TEST_F(Generators, Consumers) {
  EXPECT_EQ(repr_of(call(Value::borrow(T::list), {count(4)})), "[0, 1, 2, 3]");
  EXPECT_EQ(repr_of(call(builtin("sum"), {count(5)})), "10");
  Value g = count(2);
  EXPECT_TRUE(iter(g).same(g));
  ForIter it(count(3));
  std::string seen;
  for (Value v; it.next(v);) seen += str_of(v);
  EXPECT_EQ(seen, "012");
}

TEST_F(Generators, SendAndStopIterationValue) {
  Value g = count(2);
  EXPECT_EQ(raised([&] { machine_send(G(g), Value::from_int(1)); }),
            "TypeError: can't send non-None value to a just-started generator");
  EXPECT_EQ(repr_of(machine_send(G(g), Value::none())), "0");
  EXPECT_EQ(repr_of(call_method(g, S("send"), {S("a")})), "1");
  try {
    machine_send(G(g), S("b"));
    FAIL() << "no StopIteration";
  } catch (PyError& e) {
    EXPECT_EQ(type_name(e.exc), "StopIteration");
    EXPECT_EQ(repr_of(attr(e.exc, "value")), "'done'");
    EXPECT_EQ(repr_of(attr(e.exc, "args")), "('done',)");
  }
  EXPECT_EQ(LOG, (std::vector<std::string>{"got a", "got b"}));
  try {  // after finishing: StopIteration without a value
    machine_send(G(g), S("c"));
    FAIL() << "no StopIteration";
  } catch (PyError& e) {
    EXPECT_EQ(repr_of(attr(e.exc, "args")), "()");
  }
}

TEST_F(Generators, BuiltinNextAndDunderNextCarryTheReturnValue) {
  Value g = count(1);
  EXPECT_EQ(repr_of(call(builtin("next"), {g})), "0");
  try {
    call(builtin("next"), {g});
    FAIL() << "no StopIteration";
  } catch (PyError& e) {
    EXPECT_EQ(repr_of(attr(e.exc, "value")), "'done'");
  }
  EXPECT_EQ(repr_of(call(builtin("next"), {g, S("dflt")})), "'dflt'");
  Value h = count(1);
  EXPECT_EQ(repr_of(call_method(h, S("__next__"), {})), "0");
  try {
    call_method(h, S("__next__"), {});
    FAIL() << "no StopIteration";
  } catch (PyError& e) {
    EXPECT_EQ(repr_of(attr(e.exc, "value")), "'done'");
  }
}

TEST_F(Generators, MethodArgumentErrors) {
  Value g = count(1);
  EXPECT_EQ(raised([&] { call_method(g, S("send"), {}); }),
            "TypeError: generator.send() takes exactly one argument (0 given)");
  EXPECT_EQ(raised([&] { call_method(g, S("throw"), {}); }), "TypeError: throw expected at least 1 argument, got 0");
  EXPECT_EQ(raised([&] { call_method(g, S("throw"), {S("a"), S("b"), S("c"), S("d")}); }),
            "TypeError: throw expected at most 3 arguments, got 4");
  EXPECT_EQ(raised([&] { call_method(g, S("close"), {Value::from_int(1)}); }),
            "TypeError: generator.close() takes no arguments (1 given)");
  EXPECT_EQ(raised([&] { call_method(g, S("__next__"), {Value::from_int(1)}); }),
            "TypeError: expected 0 arguments, got 1");
  EXPECT_EQ(raised([&] { call_method(g, S("throw"), {Value::from_int(1)}); }),
            "TypeError: exceptions must be classes or instances deriving from BaseException, not int");
  EXPECT_EQ(raised([&] {
              call_method(g, S("throw"), {call(Value::borrow(E::ValueError), {S("x")}), Value::from_int(1)});
            }),
            "TypeError: instance exception may not have a separate value");
  EXPECT_EQ(raised([&] { call_method(g, S("throw"), {Value::borrow(E::ValueError), Value::from_int(1), Value::from_int(2)}); }),
            "TypeError: throw() third argument must be a traceback object");
  EXPECT_EQ(LOG.size(), 0u);  // none of these touched the generator
  EXPECT_EQ(next_str(g), "0");
}

TEST_F(Generators, NameAndQualname) {
  Value g = count(1);
  EXPECT_EQ(str_of(attr(g, "__name__")), "count");
  set_attr(g, "__name__", S("zz"));
  EXPECT_EQ(str_of(attr(g, "__name__")), "zz");
  set_attr(g, "__qualname__", S("Q.zz"));
  EXPECT_EQ(repr_of(g).rfind("<generator object Q.zz at 0x", 0), 0u);
  EXPECT_EQ(raised([&] { set_attr(g, "__name__", Value::from_int(3)); }),
            "TypeError: __name__ must be set to a string object");
  EXPECT_EQ(raised([&] { set_attr(g, "__qualname__", Value::from_int(3)); }),
            "TypeError: __qualname__ must be set to a string object");
}

TEST_F(Generators, ThrowCaughtInsideKeepsTheHandledExceptionAcrossYields) {
  Value g = make<CatcherFrame>(&catcher_code, resume_catcher);
  EXPECT_EQ(next_str(g), "1");
  EXPECT_EQ(repr_of(machine_throw(G(g), call(Value::borrow(E::ValueError), {S("x")}))), "'handled'");
  EXPECT_TRUE(current_exception().is_none());  // not leaked to the caller
  EXPECT_EQ(next_str(g), "1");
  {
    // The caller handles KeyError('outer'); inside, the generator's own
    // ValueError is the handled one; back outside, KeyError again.
    PyError outer{call(Value::borrow(E::KeyError), {S("outer")})};
    HandlerScope h(outer);
    EXPECT_EQ(repr_of(machine_throw3(G(g), Value::borrow(E::ValueError), S("y"), Value())), "'handled'");
    EXPECT_EQ(repr_of(current_exception()), "KeyError('outer')");
    EXPECT_EQ(next_str(g), "1");
    EXPECT_EQ(repr_of(current_exception()), "KeyError('outer')");
  }
  EXPECT_EQ(LOG, (std::vector<std::string>{"in handler: ValueError('x')", "resumed in handler: ValueError('x')",
                                           "in handler: ValueError('y')", "resumed in handler: ValueError('y')"}));
  EXPECT_TRUE(current_exception().is_none());
}

TEST_F(Generators, ThrownExceptionHasNoContext) {
  // CPython's throw() does not chain the caller's handled exception.
  Value g = make<CatcherFrame>(&catcher_code, resume_catcher);
  next_str(g);
  PyError outer{call(Value::borrow(E::KeyError), {S("outer")})};
  HandlerScope h(outer);
  try {
    machine_throw(G(g), Value::borrow(E::TypeError));
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(type_name(e.exc), "TypeError");
    EXPECT_TRUE(e.exc.as<ExceptionObj>()->context.is_none());
  }
  EXPECT_TRUE(attr(g, "gi_frame").is_none());  // the exception finished it
  EXPECT_EQ(next_str(g), "<returned None>");
}

TEST_F(Generators, ThrowNotCaughtFinishesTheGenerator) {
  Value g = count(5);
  next_str(g);
  EXPECT_EQ(raised([&] { machine_throw(G(g), call(Value::borrow(E::KeyError), {S("k")})); }), "KeyError: 'k'");
  EXPECT_EQ(next_str(g), "<returned None>");
  // On a finished generator throw just raises.
  EXPECT_EQ(raised([&] { machine_throw(G(g), Value::borrow(E::ValueError)); }), "ValueError");
  // The class/value forms: ValueError((1, 2)) unpacks, KeyError(ValueError('q')) wraps.
  Value h = count(5);
  next_str(h);
  try {
    machine_throw3(G(h), Value::borrow(E::ValueError), make_tuple({Value::from_int(1), Value::from_int(2)}), Value::none());
  } catch (PyError& e) {
    EXPECT_EQ(repr_of(attr(e.exc, "args")), "(1, 2)");
  }
}

TEST_F(Generators, ThrowIntoANotStartedGeneratorRaisesAtItsStart) {
  Value g = count(3);
  Value exc = call(Value::borrow(E::ValueError), {S("boom")});
  {
    FrameScope fs(&module_code);
    fs.frame.line = 58;
    try {
      machine_throw(G(g), exc);
      FAIL();
    } catch (PyError& e) {
      EXPECT_EQ(formatted(e.exc),
                "Traceback (most recent call last):\n"
                "  File \"gen.py\", line 58, in <module>\n"
                "    next(g)\n"
                "  File \"gen.py\", line 1, in count\n"
                "    def count(n):\n"
                "ValueError: boom\n");
    }
  }
  EXPECT_TRUE(LOG.empty());  // the body never ran
  EXPECT_TRUE(attr(g, "gi_frame").is_none());
  EXPECT_EQ(next_str(g), "<returned None>");
}

TEST_F(Generators, CloseRunsFinally) {
  Value g = make<FinFrame>(&fin_code, resume_fin);
  EXPECT_EQ(next_str(g), "1");
  machine_close(G(g));
  EXPECT_EQ(LOG, (std::vector<std::string>{"finally"}));
  EXPECT_TRUE(attr(g, "gi_frame").is_none());
  machine_close(G(g));  // finished: nothing
  EXPECT_EQ(LOG.size(), 1u);
  Value h = make<FinFrame>(&fin_code, resume_fin);
  machine_close(G(h));  // not started: nothing runs, but it is finished
  EXPECT_EQ(LOG.size(), 1u);
  EXPECT_EQ(next_str(h), "<returned None>");
}

TEST_F(Generators, CloseOfAGeneratorThatYieldsAgain) {
  Value g = make<IgnorerFrame>(&ignorer_code, resume_ignorer);
  next_str(g);
  EXPECT_EQ(raised([&] { call_method(g, S("close"), {}); }), "RuntimeError: generator ignored GeneratorExit");
  EXPECT_FALSE(attr(g, "gi_frame").is_none());  // still suspended at `yield 2`
  EXPECT_TRUE(current_exception().is_none());
  machine_close(G(g));  // GeneratorExit at `yield 2` is not caught: it ends quietly
  EXPECT_TRUE(attr(g, "gi_frame").is_none());
}

TEST_F(Generators, CloseLetsOtherExceptionsThrough) {
  Value g = make<BadFrame>(&bad_code, resume_bad);
  next_str(g);
  try {
    machine_close(G(g));
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(repr_of(e.exc), "KeyError('in finally')");
    EXPECT_EQ(type_name(e.exc.as<ExceptionObj>()->context), "GeneratorExit");
  }
}

TEST_F(Generators, Pep479) {
  Value g = make<PlainFrame>(&stopper_code, resume_stopper);
  FrameScope fs(&module_code);
  fs.frame.line = 58;
  EXPECT_EQ(next_str(g), "1");
  try {
    Value out;
    machine_next(G(g), out);
    FAIL();
  } catch (PyError& e) {
    auto* rt = e.exc.as<ExceptionObj>();
    EXPECT_TRUE(rt->cause.same(rt->context));
    EXPECT_TRUE(rt->suppress_context);
    EXPECT_EQ(formatted(e.exc),
              "Traceback (most recent call last):\n"
              "  File \"gen.py\", line 31, in stopper\n"
              "    raise StopIteration(5)\n"
              "StopIteration: 5\n"
              "\n"
              "The above exception was the direct cause of the following exception:\n"
              "\n"
              "Traceback (most recent call last):\n"
              "  File \"gen.py\", line 58, in <module>\n"
              "    next(g)\n"
              "RuntimeError: generator raised StopIteration\n");
  }
  EXPECT_EQ(next_str(g), "<returned None>");
}

TEST_F(Generators, AlreadyExecuting) {
  me = make<PlainFrame>(&selfish_code, resume_selfish);
  FrameScope fs(&module_code);
  fs.frame.line = 58;
  try {
    Value out;
    machine_next(G(me), out);
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(formatted(e.exc),
              "Traceback (most recent call last):\n"
              "  File \"gen.py\", line 58, in <module>\n"
              "    next(g)\n"
              "  File \"gen.py\", line 33, in selfish\n"
              "    yield next(me)\n"
              "ValueError: generator already executing\n");
  }
  EXPECT_TRUE(attr(me, "gi_frame").is_none());
  EXPECT_FALSE(truthy(attr(me, "gi_running")));
}

TEST_F(Generators, TracebackShowsTheGeneratorLine) {
  gb = make<PlainFrame>(&boom_code, resume_boom);
  FrameScope fs(&module_code);
  fs.frame.line = 58;
  EXPECT_EQ(next_str(gb), "1");
  try {
    caller();
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(formatted(e.exc),
              "Traceback (most recent call last):\n"
              "  File \"gen.py\", line 58, in <module>\n"
              "    next(g)\n"
              "  File \"gen.py\", line 38, in caller\n"
              "    return next(gb)\n"
              "  File \"gen.py\", line 36, in boom\n"
              "    raise ValueError(\"boom\")\n"
              "ValueError: boom\n");
  }
  EXPECT_EQ(current_frame, &fs.frame);
}

TEST_F(Generators, FinalisedWhenTheLastReferenceGoes) {
  {
    Value g = make<FinFrame>(&fin_code, resume_fin);
    next_str(g);
    EXPECT_TRUE(LOG.empty());
  }  // the finally block runs right here
  EXPECT_EQ(LOG, (std::vector<std::string>{"finally"}));
  {
    Value g = make<FinFrame>(&fin_code, resume_fin);  // never started: nothing to run
  }
  EXPECT_EQ(LOG.size(), 1u);
}

TEST_F(Generators, FinalisationErrorsArePrintedAndSwallowed) {
  FrameScope fs(&module_code);
  fs.frame.line = 58;
  ::testing::internal::CaptureStderr();
  {
    Value g = make<BadFrame>(&bad_code, resume_bad);
    next_str(g);
    g.clear();
    Value i = make<IgnorerFrame>(&ignorer_code, resume_ignorer);
    next_str(i);
  }
  std::string err = ::testing::internal::GetCapturedStderr();
  std::string bad_addr, ign_addr;
  // Addresses differ run to run: compare around them.
  auto strip_addresses = [](std::string s) {
    for (size_t p = s.find(" at 0x"); p != std::string::npos; p = s.find(" at 0x", p + 1)) {
      size_t e = s.find('>', p);
      s.replace(p, e - p, " at ADDR");
    }
    return s;
  };
  EXPECT_EQ(strip_addresses(err),
            "Exception ignored in: <generator object bad at ADDR>\n"
            "Traceback (most recent call last):\n"
            "  File \"gen.py\", line 28, in bad\n"
            "    raise KeyError(\"in finally\")\n"
            "KeyError: 'in finally'\n"
            "Exception ignored in: <generator object ignorer at ADDR>\n"
            "Traceback (most recent call last):\n"
            "  File \"gen.py\", line 58, in <module>\n"
            "    next(g)\n"
            "RuntimeError: generator ignored GeneratorExit\n");
  EXPECT_EQ(current_frame, &fs.frame);
  EXPECT_TRUE(current_exception().is_none());
}

TEST_F(Generators, YieldFromPassesSendsAndReturnValues) {
  Value t = make_top();
  EXPECT_EQ(next_str(t), "1");
  EXPECT_EQ(repr_of(machine_send(G(t), S("a"))), "2");
  Value mid = attr(t, "gi_yieldfrom");
  EXPECT_EQ(repr_of(mid).rfind("<generator object mid at", 0), 0u);
  EXPECT_EQ(repr_of(attr(mid, "gi_yieldfrom")).rfind("<generator object inner at", 0), 0u);
  EXPECT_FALSE(truthy(attr(mid, "gi_running")));
  try {
    machine_send(G(t), S("b"));
    FAIL();
  } catch (PyError& e) {
    EXPECT_EQ(type_name(e.exc), "StopIteration");
    EXPECT_TRUE(attr(e.exc, "value").is_none());
  }
  EXPECT_EQ(LOG, (std::vector<std::string>{"inner got a", "inner finally", "mid got ret", "top got ret!"}));
  EXPECT_TRUE(attr(mid, "gi_frame").is_none());
}

TEST_F(Generators, YieldFromDelegatesClose) {
  Value t = make_top();
  next_str(t);
  machine_close(G(t));
  EXPECT_EQ(LOG, (std::vector<std::string>{"inner finally", "top GE"}));
  EXPECT_TRUE(attr(t, "gi_frame").is_none());
}

TEST_F(Generators, YieldFromDelegatesThrow) {
  Value t = make_top();
  next_str(t);
  EXPECT_EQ(raised([&] { machine_throw(G(t), call(Value::borrow(E::KeyError), {S("kk")})); }), "KeyError: 'kk'");
  EXPECT_EQ(LOG, (std::vector<std::string>{"inner finally"}));
  EXPECT_FALSE(truthy(attr(t, "gi_running")));
  EXPECT_EQ(next_str(t), "<returned None>");
}

TEST_F(Generators, YieldFromAThrowCaughtByTheDelegate) {
  // The delegate handles the exception and yields: the outer one just passes it on.
  Value c = make<CatcherFrame>(&catcher_code, resume_catcher);
  Value g = yield_from(c);
  EXPECT_EQ(next_str(g), "1");
  EXPECT_EQ(repr_of(machine_throw(G(g), Value::borrow(E::ValueError))), "'handled'");
  EXPECT_EQ(next_str(g), "1");
  EXPECT_EQ(LOG, (std::vector<std::string>{"in handler: ValueError()", "resumed in handler: ValueError()"}));
}

TEST_F(Generators, YieldFromAnIterable) {
  Value g = yield_from(make_list({Value::from_int(1), Value::from_int(2)}));
  EXPECT_EQ(next_str(g), "1");
  EXPECT_EQ(raised([&] { machine_send(G(g), Value::from_int(5)); }),
            "AttributeError: 'list_iterator' object has no attribute 'send'");
  EXPECT_TRUE(attr(g, "gi_frame").is_none());
  Value h = yield_from(make_list({Value::from_int(1)}));
  EXPECT_EQ(next_str(h), "1");
  EXPECT_EQ(next_str(h), "<returned None>");
}

TEST_F(Generators, YieldFromAChainReturnsTheLeafsValue) {
  for (int depth : {1, 2, 10, 50}) {
    Value g = make_chain(depth, 5);
    std::string seen;
    Value out;
    while (machine_next(G(g), out)) seen += str_of(out);
    EXPECT_EQ(seen, "01234") << depth;
    EXPECT_EQ(repr_of(out), "5") << depth;
  }
}

TEST_F(Generators, AChainDrivenFromTheMiddle) {
  // A delegate driven directly meanwhile: the outer `yield from` sees its
  // progress, and its end (None) when it finished.
  Value g = make_chain(3, 4);
  EXPECT_EQ(next_str(g), "0");
  Value mid = attr(attr(g, "gi_yieldfrom"), "gi_yieldfrom");
  EXPECT_EQ(next_str(mid), "1");
  EXPECT_EQ(next_str(g), "2");
  Value leaf = attr(mid, "gi_yieldfrom");
  EXPECT_EQ(next_str(leaf), "3");
  EXPECT_EQ(next_str(leaf), "<returned 4>");
  EXPECT_EQ(next_str(g), "<returned None>");
}

TEST_F(Generators, AChainIsExecutingWhileItsLeafRuns) {
  // The leaf resumes its own chain's root: ValueError, as in CPython; a
  // running generator is not suspended at its `yield from`, so its
  // gi_yieldfrom is None meanwhile (CPython 3.11's _PyGen_yf).
  struct Probe : MachineObj {};
  static Value root;
  auto resume = [](MachineObj* g_, Value& io_) -> Step {
    if (g_->state == 0) {
      io_ = Value::from_int(1);
      g_->state = 1;
      return Step::Suspended;
    }
    machine_resumed(g_);
    Value out;
    log(raised([&] { machine_next(G(root), out); }));
    log(repr_of(attr(root, "gi_yieldfrom")));
    log(str_of(attr(root, "gi_running")));
    io_ = Value::none();
    return Step::Returned;
  };
  Value probe = make<Probe>(&leaf_code, resume);
  root = yield_from(yield_from(probe));
  EXPECT_EQ(next_str(root), "1");
  EXPECT_EQ(next_str(root), "<returned None>");
  EXPECT_EQ(LOG, (std::vector<std::string>{"ValueError: generator already executing", "None", "True"}));
  root.clear();
}

// ------------------------------------------------------------ known machines used directly

Value no_impl(FuncObj*, Value*) { return Value::none(); }

TEST_F(Generators, LocalGenIterRunsTheMachineInItsOwnStorage) {
  Value fn = make_function(&count_code, no_impl, Value(), Value(), {}, S("__main__"));
  std::string seen;
  {
    LocalGenIter<CountFrame, resume_count> it;
    CountFrame* f = it.start_local(fn.as<FuncObj>());
    f->v_n = Value::from_int(3);
    for (Value v; it.next(v);) seen += str_of(v);
    EXPECT_EQ(f->refcnt, kImmortal);  // nothing kept a reference
    EXPECT_EQ(f->state, MachineObj::kFinished);
    EXPECT_TRUE(f->v_i.is_unbound());  // the locals went when it finished
  }
  EXPECT_EQ(seen, "012");
  EXPECT_EQ(LOG, (std::vector<std::string>{"got None", "got None", "got None"}));
}

// count's machine, declared (as codegen declares it for a machine without
// `yield from` and without a yield in a handler) to need neither check.
struct LeanCountFrame : CountFrame {
  static constexpr bool kDelegates = false;
  static constexpr bool kYieldsInHandler = false;
};

TEST_F(Generators, LocalGenIterOfALeanMachineRunsTheSame) {
  Value fn = make_function(&count_code, no_impl, Value(), Value(), {}, S("__main__"));
  std::string seen;
  {
    LocalGenIter<LeanCountFrame, resume_count> it;
    LeanCountFrame* f = it.start_local(fn.as<FuncObj>());
    f->v_n = Value::from_int(2);
    Value v;
    ASSERT_TRUE(it.next(v));
    EXPECT_FALSE(f->running);  // only the loop can reach it: gi_running is not kept
    seen += str_of(v);
    while (it.next(v)) seen += str_of(v);
    EXPECT_EQ(str_of(v), "done");  // the return value
    EXPECT_FALSE(it.next(v));      // finished: stays finished
    EXPECT_EQ(f->state, MachineObj::kFinished);
  }
  EXPECT_EQ(seen, "01");
  EXPECT_EQ(LOG, (std::vector<std::string>{"got None", "got None"}));
}

TEST_F(Generators, SendMethodAsOfALeanMachineKeepsTheSharedChecks) {
  Value g = count(3);
  Value none = Value::none();
  EXPECT_EQ(repr_of(send_method_as<LeanCountFrame, resume_count>(g, none)), "0");
  Value a = S("a");
  auto* gen = g.as<MachineObj>();
  gen->running = true;  // as if resumed from inside itself
  EXPECT_EQ(raised([&] { send_method_as<LeanCountFrame, resume_count>(g, a); }),
            "ValueError: generator already executing");
  gen->running = false;
  Value b = S("b");
  EXPECT_EQ(repr_of(send_method_as<LeanCountFrame, resume_count>(g, b)), "1");
  EXPECT_EQ(LOG, (std::vector<std::string>{"got b"}));
}

TEST_F(Generators, LocalGenIterClosesAGeneratorLeftSuspended) {
  Value fn = make_function(&fin_code, no_impl, Value(), Value(), {}, S("__main__"));
  {
    LocalGenIter<FinFrame, resume_fin> it;
    it.start_local(fn.as<FuncObj>());
    Value v;
    ASSERT_TRUE(it.next(v));
    EXPECT_EQ(str_of(v), "1");
    EXPECT_TRUE(LOG.empty());
  }  // the loop is left (break): close() runs the finally now
  EXPECT_EQ(LOG, (std::vector<std::string>{"finally"}));
}

TEST_F(Generators, LocalGenIterPassesTheMachinesExceptionOn) {
  Value fn = make_function(&boom_code, no_impl, Value(), Value(), {}, S("__main__"));
  LocalGenIter<PlainFrame, resume_boom> it;
  PlainFrame* f = it.start_local(fn.as<FuncObj>());
  Value v;
  ASSERT_TRUE(it.next(v));
  EXPECT_EQ(raised([&] { it.next(v); }), "ValueError: boom");
  EXPECT_EQ(f->state, MachineObj::kFinished);
  EXPECT_FALSE(f->running);
}

TEST_F(Generators, LocalGenIterIteratesWhatARebindingReturned) {
  LocalGenIter<CountFrame, resume_count> it;
  it.start_generic(call(Value::borrow(T::list), {count(2)}));
  std::string seen;
  for (Value v; it.next(v);) seen += str_of(v);
  EXPECT_EQ(seen, "01");
}

TEST_F(Generators, SendMethodAsChecksTheMachine) {
  Value g = count(3);
  Value none = Value::none();
  EXPECT_EQ(repr_of(send_method_as<CountFrame, resume_count>(g, none)), "0");  // just started: the general path
  Value a = S("a");
  EXPECT_EQ(repr_of(send_method_as<CountFrame, resume_count>(g, std::move(a))), "1");  // inline
  EXPECT_TRUE(a.is_unbound());  // a temporary is consumed
  Value b = S("b");
  EXPECT_EQ(repr_of(send_method_as<FinFrame, resume_fin>(g, b)), "2");  // another machine: the general path
  Value c = S("c");
  EXPECT_EQ(raised([&] { send_method_as<CountFrame, resume_count>(g, c); }), "StopIteration: done");
  EXPECT_EQ(repr_of(c), "'c'");  // a variable's value is borrowed
  EXPECT_EQ(LOG, (std::vector<std::string>{"got a", "got b", "got c"}));
  Value lst = call(Value::borrow(T::list), {});
  Value x = Value::from_int(1);
  EXPECT_EQ(raised([&] { send_method_as<CountFrame, resume_count>(lst, x); }),
            "AttributeError: 'list' object has no attribute 'send'");
}

// ------------------------------------------------------------ the family
// The same machines made by coroutine and async generator functions: the
// kind comes from the CodeInfo. Expected behaviour from python3 3.11 with
//     @types.coroutine
//     def _yield(v): return (yield v)
//     async def count(n):             # count's machine, awaiting _yield(i)
//         ...
// driven by send(None), and `async def ag(): yield 1`.

CodeInfo coroutine_code_of(const char* name, int line) {
  CodeInfo code = code_of(name, line);
  code.kind = FuncKind::Coroutine;
  return code;
}
CodeInfo count_coroutine_code = coroutine_code_of("count", 1), stopper_coroutine_code = coroutine_code_of("stopper", 29);
CodeInfo async_generator_code{"ag", "ag", &kSource, 1, FuncKind::AsyncGenerator, nullptr, 0, 0, 0, false, false, nullptr};

Value count_coroutine(int64_t n) {
  Value c = make<CountFrame>(&count_coroutine_code, resume_count);
  static_cast<CountFrame*>(G(c))->v_n = Value::from_int(n);
  return c;
}

TEST_F(Generators, ACoroutineIsItsOwnType) {
  Value c = count_coroutine(1);
  EXPECT_EQ(type_name(c), "coroutine");
  EXPECT_EQ(repr_of(c).rfind("<coroutine object count at 0x", 0), 0u);
  EXPECT_TRUE(is_machine(c));
  EXPECT_FALSE(truthy(attr(c, "cr_running")));
  EXPECT_TRUE(attr(c, "cr_await").is_none());
  EXPECT_EQ(raised([&] { iter(c); }), "TypeError: 'coroutine' object is not iterable");
  EXPECT_EQ(raised([&] { attr(c, "__next__"); }), "AttributeError: 'coroutine' object has no attribute '__next__'");
  EXPECT_EQ(raised([&] { attr(c, "gi_running"); }),
            "AttributeError: 'coroutine' object has no attribute 'gi_running'");
  Value g = count(1);
  EXPECT_EQ(raised([&] { call(attr(Value::borrow(T::generator), "send"), {c, Value::none()}); }),
            "TypeError: descriptor 'send' for 'generator' objects doesn't apply to a 'coroutine' object");
  EXPECT_EQ(raised([&] { call(attr(Value::borrow(T::coroutine), "send"), {g, Value::none()}); }),
            "TypeError: descriptor 'send' for 'coroutine' objects doesn't apply to a 'generator' object");
  EXPECT_EQ(raised([&] { call(attr(Value::borrow(T::coroutine), "send"), {}); }),
            "TypeError: unbound method coroutine.send() needs an argument");
  EXPECT_EQ(raised([&] { call_method(c, S("send"), {}); }),
            "TypeError: coroutine.send() takes exactly one argument (0 given)");
  EXPECT_EQ(raised([&] { call_method(c, S("close"), {S("x")}); }),
            "TypeError: coroutine.close() takes no arguments (1 given)");
  machine_close(G(c));
}

TEST_F(Generators, AFinishedCoroutineCannotBeReused) {
  Value c = count_coroutine(2);
  EXPECT_EQ(raised([&] { machine_send(G(c), Value::from_int(1)); }),
            "TypeError: can't send non-None value to a just-started coroutine");
  EXPECT_EQ(repr_of(machine_send(G(c), Value::none())), "0");
  EXPECT_EQ(repr_of(call_method(c, S("send"), {Value::none()})), "1");
  EXPECT_EQ(raised([&] { machine_send(G(c), Value::none()); }), "StopIteration: done");
  EXPECT_TRUE(attr(c, "cr_frame").is_none());
  EXPECT_EQ(raised([&] { machine_send(G(c), Value::none()); }),
            "RuntimeError: cannot reuse already awaited coroutine");
  EXPECT_EQ(raised([&] { machine_throw(G(c), Value::borrow(E::ValueError)); }),
            "RuntimeError: cannot reuse already awaited coroutine");
  EXPECT_EQ(raised([&] { call_method(c, S("throw"), {Value::borrow(E::ValueError)}); }),
            "RuntimeError: cannot reuse already awaited coroutine");
  machine_close(G(c));  // close() alone stays quiet
  EXPECT_EQ(LOG, (std::vector<std::string>{"got None", "got None"}));
  // A finished generator only stops again.
  Value g = count(0);
  EXPECT_EQ(raised([&] { machine_send(G(g), Value::none()); }), "StopIteration: done");
  EXPECT_EQ(raised([&] { machine_send(G(g), Value::none()); }), "StopIteration");
  EXPECT_EQ(raised([&] { machine_throw(G(g), Value::borrow(E::ValueError)); }), "ValueError");
}

// A coroutine that sends to itself (`me.send(None)` inside it).
Step resume_self_sender(MachineObj*, Value& io_) {
  io_ = call_method(me, S("send"), {Value::none()});
  return Step::Returned;
}

TEST_F(Generators, MessagesNameTheKind) {
  Value c = make<PlainFrame>(&stopper_coroutine_code, resume_stopper);
  EXPECT_EQ(repr_of(machine_send(G(c), Value::none())), "1");
  EXPECT_EQ(raised([&] { machine_send(G(c), Value::none()); }), "RuntimeError: coroutine raised StopIteration");
  me = make<PlainFrame>(&count_coroutine_code, resume_self_sender);
  EXPECT_EQ(raised([&] { machine_send(G(me), Value::none()); }), "ValueError: coroutine already executing");
}

TEST_F(Generators, YieldFromRejectsACoroutine) {
  Value c = count_coroutine(1);
  Value g = count(1);
  EXPECT_EQ(raised([&] { yield_from_iter(G(g), c); }),
            "TypeError: cannot 'yield from' a coroutine object in a non-coroutine generator");
  EXPECT_TRUE(yield_from_iter(G(g), g).same(g));  // a generator is its own delegate
  Value other = count_coroutine(1);
  EXPECT_TRUE(yield_from_iter(G(other), c).same(c));  // a coroutine may delegate to a coroutine
  G(g)->iterable_coroutine = true;                     // and so may a types.coroutine generator
  EXPECT_TRUE(yield_from_iter(G(g), c).same(c));
  machine_close(G(c));
  machine_close(G(other));
}

TEST_F(Generators, AnAsyncGeneratorIsItsOwnType) {
  struct PlainAsyncGenFrame : AsyncGenObj {};
  Value a = make<PlainAsyncGenFrame>(&async_generator_code, resume_stopper);
  EXPECT_EQ(type_name(a), "async_generator");
  EXPECT_EQ(repr_of(a).rfind("<async_generator object ag at 0x", 0), 0u);
  EXPECT_TRUE(is_machine(a));
  EXPECT_FALSE(truthy(attr(a, "ag_running")));
  EXPECT_TRUE(attr(a, "ag_await").is_none());
  EXPECT_EQ(type_name(attr(a, "ag_frame")), "frame");
  EXPECT_EQ(raised([&] { attr(a, "send"); }), "AttributeError: 'async_generator' object has no attribute 'send'");
}

}  // namespace
