// set and frozenset: the object layout (CPython's open-addressing table, so
// iteration order matches CPython's for ints and other values with CPython's hashes).
#pragma once

#include <cstdint>
#include <vector>

#include "core/object.h"

namespace py {

struct FrozenOrSetObj : Object {
  struct Entry {
    Value key;         // Unbound: unused (hash 0) or dummy (hash -1)
    int64_t hash = 0;
  };
  std::vector<Entry> table;  // size mask + 1, a power of two >= 8
  uint64_t mask = 7;
  int64_t fill = 0;          // active + dummy
  int64_t used = 0;          // active
  uint64_t finger = 0;       // where pop() resumes its search
  int64_t hash_ = -1;        // frozenset's cached hash
  explicit FrozenOrSetObj(TypeObj* t) : Object(t), table(8) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override {
    for (const Entry& e : table) visit(e.key);
  }
  // (Left a valid empty set, as its destructor expects.)
  void gc_clear() override {
    std::vector<Entry> dropped(8);
    dropped.swap(table);
    mask = 7;
    fill = used = 0;
    finger = 0;
  }
};

}  // namespace py
