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

// Classes (a class statement's, made from C++ here) are collectable: a
// class is in a cycle with itself (its MRO) and goes at the collection
// after its last reference, its instances hold it, the collector frees
// the cycles it is in, and a class made where a freed one was never gets
// the freed one's cached attributes.
Value class_holding(const char* name, const Value& item) {
  return pyrt_test::cls(name, {}, {{"item", item}});
}

TEST_F(Gc, AClassGoesAtTheCollectionAfterItsLastReference) {
  {
    Value a = class_holding("A", counted_list());
    EXPECT_EQ(a.obj()->refcnt, 2);  // this Value, and its MRO
  }
  EXPECT_EQ(deleted, 0);
  // type, dict, __bases__, __mro__, the __dict__ and __weakref__ getsets, the list
  EXPECT_EQ(gc::collect(), 7);
  EXPECT_EQ(deleted, 1);  // its dict's list went with it
}

TEST_F(Gc, AnInstanceHoldsItsClass) {
  Value instance;
  {
    Value a = class_holding("A", counted_list());
    instance = call(a, nullptr, 0);
  }
  EXPECT_EQ(gc::collect(), 0);
  EXPECT_EQ(deleted, 0);
  EXPECT_EQ(type_of(instance)->name, "A");
  EXPECT_EQ(type_of(pyrt_test::attr(instance, "item")), T::list);
  instance = Value();
  EXPECT_EQ(deleted, 0);
  EXPECT_EQ(gc::collect(), 7);
  EXPECT_EQ(deleted, 1);
}

TEST_F(Gc, AClassInACycleIsCollected) {
  {
    Value a = class_holding("A", counted_list());
    pyrt_test::set_attr(a, "me", a);  // A.me = A
    Value b = pyrt_test::cls("B", {a});
    pyrt_test::set_attr(a, "sub", b);  // A.sub = B: B holds A through its bases
    Value instance = call(b, nullptr, 0);
    pyrt_test::set_attr(b, "one", instance);  // B.one = B()
  }
  EXPECT_EQ(deleted, 0);
  // A: type, dict, __mro__, __bases__, 2 getsets; B: type, dict, __mro__,
  // __bases__; the instance; the list (as CPython counts them)
  EXPECT_EQ(gc::collect(), 12);
  EXPECT_EQ(deleted, 1);
}

TEST_F(Gc, AClassAtAFreedClassesAddressGetsItsOwnAttributes) {
  StrObj* name = intern("answer");
  for (int i = 0; i < 200; ++i) {
    Value k = pyrt_test::cls("K", {}, {{"answer", Value::from_int(i)}});
    pyrt_test::set_attr(k, "me", k);  // a cycle: freed by the collector only
    Value instance = call(k, nullptr, 0);
    ASSERT_EQ(type_lookup(k.as<TypeObj>(), name).i(), i);
    ASSERT_EQ(pyrt_test::attr(instance, "answer").i(), i);
    ASSERT_EQ(call_method(instance, Value::borrow(intern("__eq__")), &instance, 1).b(), true);
    k = Value();
    instance = Value();
    if (i % 2) gc::collect();
  }
}

}  // namespace
