// The cycle collector (see gc.h).
#include "core/gc.h"

#include <cstdlib>
#include <new>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/core.h"

namespace py {

namespace gc {

bool enabled = true;
int64_t threshold = 700;

namespace {

// The tracked containers in the order they were made (finalisers run in
// that order, as CPython's lists keep it). An untracked one leaves a hole,
// filled in when holes outnumber the living.
struct TrackedList {
  Object** items = nullptr;  // constant-initialised: usable before any constructor runs
  size_t size = 0, capacity = 0, live = 0;
  void push(Object* o) {
    if (size == capacity) grow();
    items[size++] = o;
    ++live;
  }
  void grow() {
    compact();
    if (size * 2 < capacity) return;
    size_t bigger = capacity ? capacity * 2 : 1024;
    // realloc: a long list is a mapping of its own, which grows in place
    // (mremap) instead of being copied while the old one is still held: a
    // million sleeping tasks track several million objects, and the copy
    // added half the list's size again to the peak memory.
    auto** fresh = static_cast<Object**>(std::realloc(items, bigger * sizeof(Object*)));
    if (!fresh) throw std::bad_alloc();
    items = fresh;
    capacity = bigger;
  }
  // Removes the holes; slots follow.
  void compact() {
    size_t out = 0;
    for (size_t i = 0; i < size; ++i) {
      Object* o = items[i];
      if (!o) continue;
      items[out++] = o;
      o->gc_slot = (o->gc_slot & Object::kGcFlags) | static_cast<uint32_t>(out);
    }
    size = out;
  }
};
TrackedList tracked;

int64_t made_since_collection = 0;
bool collecting = false;
bool requested = false;
char* limit_while_requested = nullptr;  // the real stack limit while stack_limit is poisoned

uint32_t slot_of(Object* o) { return o->gc_slot & Object::kGcSlotMask; }

// What an object holds: what its gc_traverse reports, and its class when
// it holds a reference to it (an instance of a class statement's class).
void traverse(Object* o, GcVisitor& visit) {
  o->gc_traverse(visit);
  if (o->gc_slot & Object::kOwnsType) visit.visit(o->type);
}

void request() {
  if (requested || collecting || !enabled) return;
  requested = true;
  limit_while_requested = stack_limit;
  // Every frame address is below this: the next entry check fails and
  // takes the slow path, which collects.
  stack_limit = reinterpret_cast<char*>(~uintptr_t{0});
}

// Visitors over the tracked list, indexed by slot.
struct SubtractInternal final : GcVisitor {
  std::vector<int32_t>& refs;
  explicit SubtractInternal(std::vector<int32_t>& r) : refs(r) {}
  void visit(Object* o) override {
    if (uint32_t s = slot_of(o)) --refs[s - 1];
  }
};

struct MarkReachable final : GcVisitor {
  std::vector<int32_t>& refs;  // > 0: reachable (marked)
  std::vector<uint32_t>& todo;
  MarkReachable(std::vector<int32_t>& r, std::vector<uint32_t>& t) : refs(r), todo(t) {}
  void visit(Object* o) override {
    uint32_t s = slot_of(o);
    if (s && refs[s - 1] <= 0) {
      refs[s - 1] = 1;
      todo.push_back(s - 1);
    }
  }
};

// Within a set of objects (the garbage, after finalisers ran): which are
// referenced from outside it, directly or through each other.
struct SetIndex {
  std::unordered_map<Object*, size_t> index;
  explicit SetIndex(const std::vector<Object*>& objs) {
    for (size_t i = 0; i < objs.size(); ++i) index.emplace(objs[i], i);
  }
  long find(Object* o) const {
    auto it = index.find(o);
    return it == index.end() ? -1 : static_cast<long>(it->second);
  }
};

// Calls on(i) for each reference an object reports to the i-th member of a set.
template <class OnMember>
struct SetVisitor final : GcVisitor {
  const SetIndex& idx;
  OnMember on;
  SetVisitor(const SetIndex& i, OnMember f) : idx(i), on(f) {}
  void visit(Object* o) override {
    long i = idx.find(o);
    if (i >= 0) on(static_cast<size_t>(i));
  }
};

std::vector<bool> referenced_from_outside(const std::vector<Object*>& objs, int32_t held_each) {
  SetIndex idx(objs);
  std::vector<int32_t> refs(objs.size());
  for (size_t i = 0; i < objs.size(); ++i) refs[i] = objs[i]->refcnt - held_each;
  SetVisitor sub(idx, [&](size_t i) { --refs[i]; });
  for (Object* o : objs) traverse(o, sub);
  std::vector<bool> alive(objs.size());
  std::vector<size_t> todo;
  for (size_t i = 0; i < objs.size(); ++i)
    if (refs[i] > 0) alive[i] = true, todo.push_back(i);
  SetVisitor mark(idx, [&](size_t i) {
    if (!alive[i]) alive[i] = true, todo.push_back(i);
  });
  while (!todo.empty()) {
    size_t i = todo.back();
    todo.pop_back();
    traverse(objs[i], mark);
  }
  return alive;
}

bool has_del(Object* o) {
  TypeObj* t = o->type;
  return is_class(t) && type_lookup(t, N::__del__).is_bound();
}

// A garbage object's finalisers, as dealloc would run them (a type's
// finalize: a suspended generator's close; then __del__), once.
bool finalize(Object* o) {
  if (o->gc_slot & Object::kGcFinalized) return false;
  bool del = has_del(o);
  if (!o->type->finalize && !del) return false;
  o->gc_slot |= Object::kGcFinalized;
  if (o->type->finalize) o->type->finalize(o);
  if (del) run_del(o);
  return true;
}

// Whether CPython's gc would track the object a value is (for a dict:
// MAINTAIN_TRACKING); a tuple of numbers and strs is untracked there.
bool cpython_tracks(const Value& v) {
  if (!v.is_obj() || !(v.obj()->gc_slot & Object::kGcSlotMask)) return false;
  if (v.obj()->type != T::tuple) return true;
  for (const Value& item : static_cast<TupleObj*>(v.obj())->items)
    if (cpython_tracks(item)) return true;
  return false;
}

// The getset descriptors CPython's type.__new__ adds to a class: a
// __dict__ one when no base gives instances a dict, a __weakref__ one when
// no base takes weak references (set, frozenset, a class that added one)
// and instances have a fixed size (not int, bytes, tuple); __slots__ adds
// only those it names.
struct AddedGetsets {
  bool dict = false, weak = false;
};
AddedGetsets cpython_added_getsets(const TypeObj* t);

bool cpython_weakrefable(const TypeObj* t) {
  if (t == T::set || t == T::frozenset) return true;
  if (t->is_builtin) return false;
  if (cpython_added_getsets(t).weak) return true;
  for (const Value& b : t->bases.as<TupleObj>()->items)
    if (cpython_weakrefable(b.as<TypeObj>())) return true;
  return false;
}

AddedGetsets cpython_added_getsets(const TypeObj* t) {
  if (t->is_builtin || t->mro.size() < 2 || !t->bases.is_obj()) return {};
  bool base_dict = false, base_weak = false, var_sized = false;
  for (size_t i = 1; i < t->mro.size(); ++i) {
    const TypeObj* m = t->mro[i];
    if (m->layout == Layout::Exception || (!m->is_builtin && instance_has_dict(m))) base_dict = true;
    if (m == T::int_ || m == T::bytes || m == T::tuple) var_sized = true;
  }
  for (const Value& b : t->bases.as<TupleObj>()->items)
    if (cpython_weakrefable(b.as<TypeObj>())) base_weak = true;
  AddedGetsets added{!base_dict, !base_weak && !var_sized};
  if (Value* slots = dict_find_str(t->dict, intern("__slots__"))) {
    auto names = [&](const char* name) {
      if (is_str(*slots)) return sv(*slots) == name;
      if (type_of(*slots) != T::tuple && type_of(*slots) != T::list) return false;
      auto& items = type_of(*slots) == T::tuple ? slots->as<TupleObj>()->items : slots->as<ListObj>()->items;
      for (const Value& n : items)
        if (is_str(n) && sv(n) == name) return true;
      return false;
    };
    added.dict = added.dict && names("__dict__");
    added.weak = added.weak && names("__weakref__");
  }
  return added;
}

int cpython_class_getsets(const TypeObj* t) {
  AddedGetsets a = cpython_added_getsets(t);
  return int(a.dict) + int(a.weak);
}

// How many objects gc.collect() reports, counted as CPython counts them:
// not those its finalisers freed already (CPython holds nothing while
// they run: a generator's close() that dropped the last reference to its
// owner frees the owner and what only it held), then as CPython's objects
// are: an instance's own __dict__ is part of it (3.11 keeps it inline; not
// a builtin type's subclass's), and a function's closure is a tuple of its
// own there. `garbage` is held once each by the collector.
int64_t count_as_cpython(const std::vector<Object*>& garbage) {
  SetIndex idx(garbage);
  std::vector<int32_t> refs(garbage.size());
  std::vector<size_t> freed;
  for (size_t i = 0; i < garbage.size(); ++i) {
    refs[i] = garbage[i]->refcnt - 1;
    if (refs[i] == 0) freed.push_back(i);
  }
  SetVisitor release(idx, [&](size_t i) {
    if (--refs[i] == 0) freed.push_back(i);
  });
  for (size_t k = 0; k < freed.size(); ++k) traverse(garbage[freed[k]], release);
  std::vector<bool> gone(garbage.size());
  for (size_t i : freed) gone[i] = true;

  std::unordered_set<Object*> own_dicts;
  for (Object* g : garbage) {
    // (a builtin type's subclass keeps a dict object of its own there: the
    // instance of a tuple, list, int, str... subclass and its dict count two)
    Layout layout = g->type->layout;
    if (layout != Layout::Object && layout != Layout::Exception) continue;
    if (DictObj** dict = g->instance_dict_slot(); dict && *dict) own_dicts.insert(*dict);
  }
  // A class's dict is one of CPython's objects only where CPython's gc
  // tracks it: when it holds a container (a function, a descriptor; not
  // only strs and None).
  for (Object* g : garbage) {
    if (g->type != T::type) continue;
    DictObj* d = static_cast<TypeObj*>(g)->dict;
    if (!d || cpython_class_getsets(static_cast<TypeObj*>(g))) continue;
    bool holds_container = false;
    for (const DictObj::Entry& e : d->entries)
      if (cpython_tracks(e.key) || cpython_tracks(e.value)) holds_container = true;
    if (!holds_container) own_dicts.insert(d);
  }
  int64_t n = 0;
  for (size_t i = 0; i < garbage.size(); ++i) {
    Object* g = garbage[i];
    if (gone[i] || own_dicts.count(g)) continue;
    ++n;
    if (g->type == T::function && !static_cast<FuncObj*>(g)->closure.empty()) ++n;
    // (3.11's classmethod and staticmethod copy the function's __name__,
    // __doc__... into a __dict__ of their own)
    if (g->type == T::classmethod || g->type == T::staticmethod) ++n;
    // A class: its __mro__ tuple (its bases tuple is one here too), and the
    // __dict__ and __weakref__ getset descriptors type.__new__ adds.
    if (g->type == T::type) n += 1 + cpython_class_getsets(static_cast<TypeObj*>(g));
  }
  return n;
}

}  // namespace

void track(Object* o) {
  tracked.push(o);
  o->gc_slot = (o->gc_slot & Object::kGcFlags) | static_cast<uint32_t>(tracked.size);
  if (++made_since_collection > threshold && threshold > 0) request();
}

int64_t pending_count() { return made_since_collection > 0 ? made_since_collection : 0; }

bool run_requested() {
  if (!requested) return false;
  requested = false;
  stack_limit = limit_while_requested;
  collect();
  return true;
}

char* saved_stack_limit() { return requested ? limit_while_requested : stack_limit; }

void restore_stack_limit(char* limit) {
  if (requested)
    limit_while_requested = limit;
  else
    stack_limit = limit;
}

namespace {

// A collection; `extra` reports references that count as held by the
// garbage (the main module's globals at exit). Without `clear`, the
// garbage is only finalised.
int64_t run_collection(void (*extra)(GcVisitor&), bool clear) {
  if (collecting) return 0;
  collecting = true;
  made_since_collection = 0;
  // The attribute cache holds what it found (a method, which may hold its
  // class through a __class__ cell): not a reference that keeps anything.
  clear_lookup_cache();
  tracked.compact();
  size_t n = tracked.size;

  // 1-2: outside references, then what they reach.
  std::vector<int32_t> refs(n);
  for (size_t i = 0; i < n; ++i) refs[i] = tracked.items[i]->refcnt;
  SubtractInternal subtract(refs);
  for (size_t i = 0; i < n; ++i) traverse(tracked.items[i], subtract);
  if (extra) extra(subtract);
  std::vector<uint32_t> todo;
  for (size_t i = 0; i < n; ++i) {
    if (refs[i] > 0) {
      refs[i] = 1;
      todo.push_back(static_cast<uint32_t>(i));
    }
  }
  MarkReachable mark(refs, todo);
  while (!todo.empty()) {
    uint32_t i = todo.back();
    todo.pop_back();
    traverse(tracked.items[i], mark);
  }
  std::vector<Object*> garbage;
  for (size_t i = 0; i < n; ++i)
    if (refs[i] <= 0) garbage.push_back(tracked.items[i]);
  int64_t found = 0;
  if (!garbage.empty()) {
    for (Object* o : garbage) incref(o);  // held until the end: nothing is freed halfway
    // 3: finalisers, each at most once in an object's life.
    bool finalised_any = false;
    for (Object* o : garbage)
      if (finalize(o)) finalised_any = true;
    // What a finaliser stored somewhere lives on, with all it reaches
    // (not what it looked up: the attribute cache is emptied again).
    if (finalised_any) {
      clear_lookup_cache();
      std::vector<bool> alive = referenced_from_outside(garbage, 1);
      std::vector<Object*> still;
      for (size_t i = 0; i < garbage.size(); ++i) {
        if (alive[i])
          decref(garbage[i]);
        else
          still.push_back(garbage[i]);
      }
      garbage.swap(still);
    }
    found = count_as_cpython(garbage);  // (not what lives on)
    if (clear)
      for (Object* o : garbage) o->gc_clear();
    for (Object* o : garbage) decref(o);
  }
  if (threshold < static_cast<int64_t>(tracked.live)) {
    // Each collection walks every living container (there is one
    // generation), so the next one waits until as many again are new: a
    // heap that grows to N containers is walked about 2N times in all,
    // where waiting for a quarter (CPython's rule for its oldest
    // generation, whose walks its young collections spare) walked it 5N
    // times (a million tasks: 1.6 s of collections).
    made_since_collection = -static_cast<int64_t>(tracked.live) + threshold;
  }
  collecting = false;
  return found;
}

}  // namespace

int64_t collect() { return run_collection(nullptr, true); }

void finalize_at_exit(void (*visit_globals)(GcVisitor&)) { run_collection(visit_globals, false); }

}  // namespace gc

void Object::gc_untrack_slot(Object* o) {
  uint32_t s = o->gc_slot & kGcSlotMask;
  // The newest container is often the first to go (a coroutine frame that
  // lives for one await): its slot is given back, and the list stays short
  // and in cache instead of filling with holes until the next compaction.
  if (s == gc::tracked.size)
    --gc::tracked.size;
  else
    gc::tracked.items[s - 1] = nullptr;
  --gc::tracked.live;
  o->gc_slot &= kGcFlags;
  if (gc::made_since_collection > 0) --gc::made_since_collection;
}

}  // namespace py
