// The cycle collector (runtime/src/core/gc.h): cycles of tracked
// containers are freed, what is referenced from outside survives with
// everything it reaches, an object of a type the collector does not track
// keeps what it holds alive (it counts as an outside reference), and a
// requested collection runs at the next frame entry rather than at once.
#include <gtest/gtest.h>

#include <vector>

#include "core/gc.h"
#include "core_test_util.h"
#include "pyrt/frame.h"

namespace {

using namespace py;
using pyrt_test::ensure_runtime;

// Counts the deletions of lists of a marked kind: a ListObj that notes its death.
int deleted = 0;
struct CountedList : ListObj {
  ~CountedList() override { ++deleted; }
};

Value counted_list() { return Value::steal(new CountedList()); }

void append(const Value& list, const Value& item) { list.as<ListObj>()->items.push_back(item); }

class Gc : public ::testing::Test {
 protected:
  void SetUp() override {
    ensure_runtime();
    gc::collect();
    deleted = 0;
  }
};

TEST_F(Gc, FreesATwoListCycle) {
  {
    Value a = counted_list(), b = counted_list();
    append(a, b);
    append(b, a);
  }
  EXPECT_EQ(deleted, 0);  // reference counting alone keeps them
  EXPECT_EQ(gc::collect(), 2);
  EXPECT_EQ(deleted, 2);
}

TEST_F(Gc, KeepsWhatIsReferencedFromOutsideAndWhatItReaches) {
  Value outside = counted_list();
  {
    Value inner = counted_list();
    append(outside, inner);
    append(inner, outside);  // a cycle, but `outside` is held here
  }
  EXPECT_EQ(gc::collect(), 0);
  EXPECT_EQ(deleted, 0);
  EXPECT_EQ(outside.as<ListObj>()->items.size(), 1u);
  outside.as<ListObj>()->items.clear();
  EXPECT_EQ(deleted, 1);  // the inner list, by reference counting
}

TEST_F(Gc, AnUntrackedHolderKeepsItsReferentsAlive) {
  {
    Value a = counted_list(), b = counted_list();
    append(a, b);
    append(b, a);
    gc::untrack(a.obj());  // what a holds is now invisible to the collector
  }
  EXPECT_EQ(gc::collect(), 0);
  EXPECT_EQ(deleted, 0);
}

TEST_F(Gc, ARequestedCollectionRunsAtTheNextFrameEntry) {
  int64_t saved = gc::threshold;
  gc::threshold = 5;
  {
    Value a = counted_list(), b = counted_list();
    append(a, b);
    append(b, a);
  }
  {
    std::vector<Value> more;
    for (int i = 0; i < 10; ++i) more.push_back(counted_list());  // past the threshold: asked for, not run
  }
  EXPECT_EQ(deleted, 10);
  static const CodeInfo code{"f", "f", nullptr, 1, FuncKind::Plain, nullptr, 0, 0, 0, false, false, nullptr};
  {
    FrameScope entry(&code);  // the safe point
  }
  EXPECT_EQ(deleted, 12);
  gc::threshold = saved;
}

}  // namespace
