// py::Value — one Python value, 16 bytes, no allocation for small values.
//
// None, bool, int (that fits in int64) and float live inline in the Value;
// everything else is a reference-counted py::Object. Reference counting (not
// a tracing GC) is what makes finalisation happen when CPython does it: a
// suspended generator whose last reference goes away is closed right then.
// What only reference cycles keep alive is freed by the cycle collector
// (runtime/src/core/gc.h).
//
// `Unbound` is the state of a local that was never assigned (reading it is
// UnboundLocalError / NameError); it is never visible to Python code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "pyrt/object_pool.h"

namespace py {

struct TypeObj;

enum class Tag : uint8_t { Unbound = 0, None, Bool, Int, Float, Obj };

struct Object;
struct DictObj;
class Value;

// What the cycle collector (core/gc.cpp) hands an object to report the
// references it holds (each one it owns, once).
struct GcVisitor {
  virtual void visit(Object* o) = 0;
  inline void operator()(const Value& v);

 protected:
  ~GcVisitor() = default;
};

// The header of every heap object. The virtual destructor is how a type
// releases what it owns; TypeObj says what the object is to Python.
//
// Containers (instances, dicts, lists, tuples, sets, cells, functions,
// bound methods) are tracked by the cycle collector: gc_slot is their
// place in its list (0: untracked), and they report what they hold with
// gc_traverse and drop it with gc_clear. A type that holds references but
// is not tracked is safe, only less thorough: what it holds counts as
// referenced from outside, so no cycle through it is ever collected.
//
// An object of a class made by a class statement holds a reference to its
// class (CPython's heap types: the instance INCREFs its ob_type), marked by
// kOwnsType (set by py::hold_class, core/object.h); builtin types are
// immortal and are not counted.
struct Object {
  int32_t refcnt = 1;
  // 1 + index in the collector's list; the top bit: finalised (PEP 442);
  // the next one: holds a reference to `type` (kOwnsType).
  uint32_t gc_slot = 0;
  TypeObj* type;
  explicit Object(TypeObj* t) : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() {
    if (gc_slot & kGcSlotMask) gc_untrack_slot(this);
    if (gc_slot & kOwnsType) release_type(type);
  }
  virtual void gc_traverse(GcVisitor&) {}
  virtual void gc_clear() {}
  // Where an instance of a class statement's class keeps its __dict__
  // (null for every other object); see core/core.h's instance_dict.
  virtual DictObj** instance_dict_slot() { return nullptr; }
  // The __slots__ values of an instance of a class with slots (null for
  // every other object): each slot's member descriptor holds its index.
  virtual Value* instance_slots() { return nullptr; }
  // Objects come from py::object_pool; the virtual destructor hands delete
  // the size of the type the object was made as.
  static void* operator new(std::size_t size) { return object_pool::allocate(size); }
  static void operator delete(void* p, std::size_t size) { object_pool::release(p, size); }
  // An object placed in storage of its own (a for loop's generator kept on the stack).
  static void* operator new(std::size_t, void* where) noexcept { return where; }
  static void operator delete(void*, void*) noexcept {}

  static constexpr uint32_t kGcSlotMask = 0x3fffffffu;
  static constexpr uint32_t kGcFinalized = 0x80000000u;
  static constexpr uint32_t kOwnsType = 0x40000000u;
  static constexpr uint32_t kGcFlags = kGcFinalized | kOwnsType;  // what untracking keeps
  static void gc_untrack_slot(Object* o);  // core/gc.cpp
  static void release_type(TypeObj* t);    // core/type.cpp: drops the reference kOwnsType marks
};

// Objects that must never die (types, interned names, small constants).
constexpr int32_t kImmortal = int32_t(1) << 29;

void dealloc(Object* o);  // runs __del__ where defined, then deletes
inline void incref(Object* o) noexcept { ++o->refcnt; }
inline void decref(Object* o) {
  if (--o->refcnt == 0) dealloc(o);
}

class Value {
 public:
  Value() noexcept : tag_(Tag::Unbound), i_(0) {}
  Value(const Value& v) noexcept : tag_(v.tag_), i_(v.i_) {
    if (tag_ == Tag::Obj) incref(o_);
  }
  Value(Value&& v) noexcept : tag_(v.tag_), i_(v.i_) { v.tag_ = Tag::Unbound; }
  // Assignment stores the new value first and releases the old one last: a
  // finaliser the release runs sees the variable already rebound (CPython's
  // order), and self-assignment is harmless.
  Value& operator=(const Value& v) {
    if (v.tag_ == Tag::Obj) incref(v.o_);
    Tag old_tag = tag_;
    Object* old = o_;
    tag_ = v.tag_;
    i_ = v.i_;
    if (old_tag == Tag::Obj) decref(old);
    return *this;
  }
  Value& operator=(Value&& v) noexcept {
    // Taken from v before anything is stored: moving a value onto itself
    // leaves it as it was.
    Tag new_tag = v.tag_;
    int64_t new_bits = v.i_;
    v.tag_ = Tag::Unbound;
    Tag old_tag = tag_;
    Object* old = o_;
    tag_ = new_tag;
    i_ = new_bits;
    if (old_tag == Tag::Obj) decref(old);
    return *this;
  }
  ~Value() {
    if (tag_ == Tag::Obj) decref(o_);
  }
  void swap(Value& v) noexcept {
    std::swap(tag_, v.tag_);
    std::swap(i_, v.i_);
  }

  static Value none() noexcept { return Value(Tag::None, 0); }
  static Value from_bool(bool b) noexcept { return Value(Tag::Bool, b ? 1 : 0); }
  static Value from_int(int64_t i) noexcept { return Value(Tag::Int, i); }
  static Value from_float(double d) noexcept {
    Value v;
    v.tag_ = Tag::Float;
    v.f_ = d;
    return v;
  }
  // Takes over a reference the caller owns (a freshly made object).
  static Value steal(Object* o) noexcept {
    Value v;
    v.tag_ = Tag::Obj;
    v.o_ = o;
    return v;
  }
  // Adds a reference.
  static Value borrow(Object* o) noexcept {
    incref(o);
    return steal(o);
  }

  Tag tag() const noexcept { return tag_; }
  bool is_unbound() const noexcept { return tag_ == Tag::Unbound; }
  bool is_bound() const noexcept { return tag_ != Tag::Unbound; }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  bool is_int() const noexcept { return tag_ == Tag::Int; }  // small int only; big ints are objects
  bool is_float() const noexcept { return tag_ == Tag::Float; }
  bool is_obj() const noexcept { return tag_ == Tag::Obj; }

  bool b() const noexcept { return i_ != 0; }
  int64_t i() const noexcept { return i_; }
  double f() const noexcept { return f_; }
  Object* obj() const noexcept { return o_; }
  template <class T> T* as() const noexcept { return static_cast<T*>(o_); }

  // Gives up ownership without decref (caller takes the reference).
  Object* release() noexcept {
    tag_ = Tag::Unbound;
    return o_;
  }
  void clear() { Value().swap(*this); }

  // Identity (`is`): same tag and payload.
  bool same(const Value& v) const noexcept { return tag_ == v.tag_ && i_ == v.i_; }

  // In-place arithmetic on a variable already holding a small int (a
  // float): another of the same kind replaces it; the tag stays.
  void set_int_payload(int64_t i) noexcept { i_ = i; }
  void set_float_payload(double d) noexcept { f_ = d; }

 private:
  Value(Tag t, int64_t i) noexcept : tag_(t), i_(i) {}
  Tag tag_;
  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
};

inline void GcVisitor::operator()(const Value& v) {
  if (v.is_obj()) visit(v.obj());
}

static_assert(sizeof(Value) == 16);

}  // namespace py
