// The object model: types, and the heap objects every part of the runtime
// shares (str, tuple, list, dict, functions, classes, instances, cells,
// modules). Generated code does not include this header: it talks to the
// runtime through pyrt/api.h only, which keeps its compile time low.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pyrt/value.h"

namespace py {

struct StrObj;
struct TupleObj;
struct DictObj;

// ------------------------------------------------------------------ calls
//
// One calling convention for everything callable (vectorcall-like):
// `args` holds `nargs` positional values followed by one value per keyword
// name in `kwnames` (a tuple of str, or null when there are none).
using CallFn = Value (*)(const Value& callee, const Value* args, size_t nargs, TupleObj* kwnames);

// A builtin function or method: for methods args[0] is self.
using BuiltinFn = Value (*)(const Value* args, size_t nargs, TupleObj* kwnames);

// ------------------------------------------------------------------ types

// How an instance of a class is laid out in C++ (what `__new__` allocates).
// Tuple: a tuple subtype classes may subclass (a namedtuple), or a class
// statement's subclass of tuple or of one: instances are TupleObj, so every
// tuple operation applies to them; a class statement's class makes
// TupleDictObj (a tuple with an instance dict).
// Data: a class statement's subclass of str, bytes, list, dict, set or
// frozenset (TypeObj::builtin_base): instances are that type's object
// (StrObj, ListObj, DictObj, FrozenOrSetObj), made by its __new__, with an
// instance dict (WithDict) unless __slots__ took it away, so every
// operation of the base applies to them.
// Number: a class statement's subclass of int or float: instances are
// NumSubObj, an InstanceObj holding the number (py::num_value unwraps it).
enum class Layout : uint8_t { Object, Exception, Builtin, Tuple, Data, Number };

struct TypeObj : Object {
  std::string name;      // "int", "MyClass"
  std::string qualname;  // "Outer.MyClass"
  std::string module;    // "builtins", "__main__"
  Value bases;           // tuple of types
  std::vector<TypeObj*> mro;  // C3; mro[0] == this
  DictObj* dict = nullptr;    // the class namespace (owned)
  Layout layout = Layout::Object;
  bool is_builtin = false;    // defined in C++ (not by a class statement)
  // __slots__: instances hold slot_count values (SlottedInstanceObj), and
  // no __dict__ when every class of the MRO had __slots__ without "__dict__".
  bool no_instance_dict = false;
  uint32_t slot_count = 0;
  bool allows_subclassing = true;
  // A class statement's class whose instances are a builtin type's objects
  // (Layout::Tuple, Data, Number): that type (int, float, str, bytes, tuple,
  // list, dict, set, frozenset, a namedtuple). Its operations reach them
  // through the dunders the builtin's dict holds for its slots (CPython's
  // slot wrappers); the exact-type fast paths never see them.
  TypeObj* builtin_base = nullptr;

  // Slots used by builtin types; null means "no such operation" for a
  // builtin type and "look up the dunder in the MRO" for a class.
  Value (*repr)(const Value& self) = nullptr;
  Value (*str)(const Value& self) = nullptr;
  int64_t (*hash)(const Value& self) = nullptr;
  CallFn call = nullptr;
  // Creates an instance: type(...) calls tp_new then __init__ (CPython's
  // type_call). Builtin types that construct fully in new leave init null.
  Value (*tp_new)(TypeObj* type, const Value* args, size_t nargs, TupleObj* kwnames) = nullptr;
  // Layout::Object types whose instances are a C++ struct deriving from
  // InstanceObj (a native base that classes may subclass, as greenlet):
  // makes a blank one of `type`. Classes inherit it from their bases.
  Object* (*alloc_instance)(TypeObj* type) = nullptr;
  // A builtin type whose instances are (non-data) descriptors, as
  // functools.cached_property: what reading one from `owner`'s dict through
  // `obj` gives (obj Unbound: read from the class).
  Value (*descr_get)(const Value& descr, const Value& obj, TypeObj* owner) = nullptr;
  // Set (value Unbound: delete) through a builtin descriptor: makes its
  // instances data descriptors, which an instance dict cannot shadow.
  void (*descr_set)(const Value& descr, const Value& obj, const Value& value) = nullptr;
  Value (*iter)(const Value& self) = nullptr;
  // Fast iteration: stores the next item in `out` and returns true, or
  // returns false when exhausted (no StopIteration object is made). A
  // StopIteration it throws also means exhausted (CPython's NULL with
  // StopIteration set): call it through py::iternext / py::next.
  bool (*next)(const Value& self, Value& out) = nullptr;
  // An awaitable's iterator resumed by `await`/`yield from` (or a task)
  // without a method call, as CPython's am_send: io holds the value sent
  // in; true: it suspended, io is what it yielded; false: it finished, io
  // is its return value. Exceptions propagate.
  bool (*send)(const Value& self, Value& io) = nullptr;
  int64_t (*len)(const Value& self) = nullptr;
  Value (*getitem)(const Value& self, const Value& key) = nullptr;
  void (*setitem)(const Value& self, const Value& key, const Value& value) = nullptr;
  void (*delitem)(const Value& self, const Value& key) = nullptr;
  bool (*contains)(const Value& self, const Value& item) = nullptr;
  // Rich comparison: op is one of the CmpOp values; returns NotImplemented
  // (py::not_implemented()) when the pair is not supported.
  Value (*richcompare)(const Value& self, const Value& other, int op) = nullptr;
  // Attribute lookup for objects that are not plain instances (modules,
  // types themselves). Returns Unbound when missing; the caller raises.
  Value (*getattr)(const Value& self, StrObj* name) = nullptr;
  bool (*setattr)(const Value& self, StrObj* name, const Value& value) = nullptr;  // false: unsupported
  // Arithmetic of builtin types (CPython's nb_* slots). `op` is a BinOp,
  // possibly with BINOP_INPLACE (`a += b`: tried on type(a) only, before the
  // binary form) or BINOP_SEQUENCE (tried last on type(a), after everything
  // returned NotImplemented: sequences raise "can only concatenate str (not
  // "int") to str" here). Called as type(a)->binop(a, b, op) and then
  // type(b)->binop(a, b, op): either operand may be the slot's own type.
  // Returns NotImplemented when the pair is not supported.
  Value (*binop)(const Value& a, const Value& b, int op) = nullptr;
  Value (*unaryop)(const Value& a, int op) = nullptr;  // op: UnaryOp; NotImplemented if unsupported
  // Run by dealloc when the last reference goes, before the object is
  // deleted: the object is alive (refcnt 1) during the call and lives on if
  // the call stored a new reference. A suspended generator is closed here.
  void (*finalize)(Object* self) = nullptr;

  // Core's caches: `version` changes whenever this type's or a base's dict
  // changes (attribute cache validity); core_flags caches which attribute
  // hooks a class defines, valid for flags_version/flags_epoch. Versions
  // come from one counter that only grows, so a class made where a freed
  // one was never matches what a cache remembers of the freed one.
  uint64_t version = 0;
  uint64_t flags_version = 0, flags_epoch = 0;
  uint32_t core_flags = 0;
  uint32_t registry_index = 0;  // place in type.cpp's list of living types (type_modified's walk)

  // A class statement's class is an ordinary object (CPython's heap type):
  // its instances, its subclasses (through their bases) and whatever names
  // it hold references to it, and the cycle collector frees it when only
  // cycles do. mro[0] is a reference the class holds to itself (CPython's
  // tp_mro tuple holds the type), so a class is always in a cycle and goes
  // at a collection, as in CPython; the other classes of `mro` are held
  // through `bases`. Builtin types and the exceptions runtime init makes are
  // immortal and untracked.
  TypeObj() : Object(nullptr) {}
  ~TypeObj() override;
  void gc_traverse(GcVisitor& visit) override;  // type.cpp: bases, dict
  void gc_clear() override;
};

enum CmpOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };
enum BinOp : int {
  BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD, BINOP_POW,
  BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR, BINOP_MATMUL, BINOP_COUNT,
  BINOP_INPLACE = 16, BINOP_SEQUENCE = 32
};
enum UnaryOp : int { UNARY_NEG, UNARY_POS, UNARY_INVERT };

// Builtin types, made once by runtime init.
namespace T {
extern TypeObj *object, *type, *none, *not_implemented, *ellipsis, *bool_, *int_, *float_, *complex_,
    *str, *bytes, *tuple, *list, *dict, *set, *frozenset, *range, *slice, *function,
    *builtin_function, *method, *cell, *module, *property, *classmethod, *staticmethod, *super,
    *iterator, *code;
}  // namespace T

// Builtin exception types, made once by runtime init (CPython's hierarchy).
namespace E {
extern TypeObj *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception,
    *StopIteration, *StopAsyncIteration, *ArithmeticError, *FloatingPointError, *OverflowError,
    *ZeroDivisionError, *AssertionError, *AttributeError, *BufferError, *EOFError, *ImportError,
    *ModuleNotFoundError, *LookupError, *IndexError, *KeyError, *MemoryError, *NameError,
    *UnboundLocalError, *OSError, *FileNotFoundError, *PermissionError, *TimeoutError,
    *ConnectionError, *BrokenPipeError, *ConnectionResetError, *ConnectionRefusedError,
    *BlockingIOError, *InterruptedError, *IsADirectoryError, *ReferenceError, *RuntimeError,
    *NotImplementedError, *RecursionError, *SyntaxError, *SystemError, *TypeError, *ValueError,
    *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError, *Warning, *UserWarning,
    *DeprecationWarning, *RuntimeWarning, *BaseExceptionGroup, *ExceptionGroup, *CancelledError,
    *InvalidStateError;
}  // namespace E

// Type of any value (inline values map to their builtin types).
inline TypeObj* type_of(const Value& v) {
  switch (v.tag()) {
    case Tag::Obj: return v.obj()->type;
    case Tag::Int: return T::int_;
    case Tag::Float: return T::float_;
    case Tag::Bool: return T::bool_;
    default: return T::none;  // None (and Unbound, which Python code never sees)
  }
}
bool is_subtype(const TypeObj* t, const TypeObj* base);
// Whether instances of `t` have a __dict__ (a class statement's class,
// unless __slots__ took it away; exceptions).
inline bool instance_has_dict(const TypeObj* t) {
  return t->layout == Layout::Exception || (t->layout != Layout::Builtin && !t->is_builtin && !t->no_instance_dict);
}
inline bool isinstance_of(const Value& v, const TypeObj* t) { return is_subtype(type_of(v), t); }

// An object whose type is a class statement's class holds a reference to
// it (Object::kOwnsType), as CPython's instances of heap types do: the class
// lives at least as long as its instances. hold_class takes that reference
// for the type the object was made with; set_class gives it another type.
inline void hold_class(Object* o) {
  if (o->type->is_builtin || (o->gc_slot & Object::kOwnsType)) return;
  incref(o->type);
  o->gc_slot |= Object::kOwnsType;
}
inline void set_class(Object* o, TypeObj* t) {
  TypeObj* old = o->type;
  bool owned = o->gc_slot & Object::kOwnsType;
  if (old == t && (owned || t->is_builtin)) return;
  o->gc_slot &= ~Object::kOwnsType;
  o->type = t;
  hold_class(o);
  if (owned) Object::release_type(old);
}

// Defining builtin types: a type with the given base (object if null).
TypeObj* new_builtin_type(const char* name, TypeObj* base, Layout layout = Layout::Builtin);
// Adds a method to a type's dict (self is args[0]).
void add_method(TypeObj* type, const char* name, BuiltinFn fn);
void add_classmethod(TypeObj* type, const char* name, BuiltinFn fn);  // args[0] is the class
void add_staticmethod(TypeObj* type, const char* name, BuiltinFn fn);
void add_attr(TypeObj* type, const char* name, Value value);
// A read-only attribute computed from self (like a property without setter).
void add_getter(TypeObj* type, const char* name, Value (*get)(const Value& self));
// An attribute with a setter too (`set` gets Unbound for `del`).
void add_getset(TypeObj* type, const char* name, Value (*get)(const Value&), void (*set)(const Value&, const Value&));

// ------------------------------------------------------------ core objects

struct StrObj : Object {
  std::string s;        // UTF-8
  int64_t length = 0;   // in code points
  int64_t hash_ = -1;   // cached; -1 = not yet computed
  bool ascii = true;    // every byte < 0x80: indexing by code point is indexing by byte
  StrObj() : Object(T::str) {}
};

// CPython releases a tuple's or list's items last to first when it goes
// (finalisers print in that order).
void release_items_backwards(std::vector<Value>& items);

namespace gc {
void track(Object* o);  // core/gc.h: from a container's constructor
}

// What gc_traverse and gc_clear do for a run of values.
inline void gc_visit_all(GcVisitor& visit, const std::vector<Value>& values) {
  for (const Value& v : values) visit(v);
}
inline void gc_clear_all(std::vector<Value>& values) {
  std::vector<Value> dropped;
  dropped.swap(values);
  release_items_backwards(dropped);
}

struct TupleObj : Object {
  std::vector<Value> items;
  TupleObj() : Object(T::tuple) { gc::track(this); }
  ~TupleObj() override { release_items_backwards(items); }
  void gc_traverse(GcVisitor& visit) override { gc_visit_all(visit, items); }
  void gc_clear() override { gc_clear_all(items); }
};

struct ListObj : Object {
  std::vector<Value> items;
  ListObj() : Object(T::list) { gc::track(this); }
  ~ListObj() override { release_items_backwards(items); }
  void gc_traverse(GcVisitor& visit) override { gc_visit_all(visit, items); }
  void gc_clear() override { gc_clear_all(items); }
};

// Insertion-ordered hash map (CPython's compact dict design: a sparse index
// table pointing into a dense entry array).
struct DictObj : Object {
  struct Entry {
    int64_t hash;
    Value key;  // Unbound marks a deleted entry
    Value value;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 dummy, else position in entries
  int64_t used = 0;            // live entries
  DictObj() : Object(T::dict) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override {
    for (const Entry& e : entries) visit(e.key), visit(e.value);
  }
  void gc_clear() override {
    std::vector<Entry> dropped;
    dropped.swap(entries);
    index.clear();
    used = 0;
  }
};

// An instance of a class statement's subclass of a builtin data type
// (Layout::Tuple, Layout::Data): the builtin's object with an instance dict.
// Tracked by the collector even where the base is not (str, set), since the
// dict may hold the object itself.
template <class Base>
struct WithDict : Base {
  DictObj* dict = nullptr;   // made on first attribute store
  std::vector<Value> slots;  // __slots__ of the class (Unbound: not set)
  template <class... A>
  explicit WithDict(A&&... a) : Base(static_cast<A&&>(a)...) {
    if (!(this->gc_slot & Object::kGcSlotMask)) gc::track(this);
  }
  ~WithDict() override {
    release_items_backwards(slots);
    if (dict) decref(dict);
  }
  DictObj** instance_dict_slot() override { return &dict; }
  Value* instance_slots() override { return slots.data(); }
  void gc_traverse(GcVisitor& visit) override {
    Base::gc_traverse(visit);
    gc_visit_all(visit, slots);
    if (dict) visit.visit(dict);
  }
  void gc_clear() override {
    Base::gc_clear();
    gc_clear_all(slots);
    if (DictObj* d = dict) {
      dict = nullptr;
      decref(d);
    }
  }
};
using TupleDictObj = WithDict<TupleObj>;

// A new object of the builtin struct `Obj` for `type`: the builtin type
// itself, or a class statement's class deriving from it (with an instance
// dict where it has one). The arguments go to Obj's constructor.
template <class Obj, class... A>
Obj* new_data_object(TypeObj* type, A&&... a) {
  if (type->is_builtin || (!instance_has_dict(type) && !type->slot_count)) {
    Obj* o = new Obj(static_cast<A&&>(a)...);
    set_class(o, type);
    return o;
  }
  auto* o = new WithDict<Obj>(static_cast<A&&>(a)...);
  set_class(o, type);
  o->slots.resize(type->slot_count);
  return o;
}

struct FrozenOrSetObj;  // see set.h

struct CellObj : Object {
  Value value;  // Unbound while empty
  CellObj() : Object(T::cell) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(value); }
  void gc_clear() override { value.clear(); }
};

struct SourceInfo;  // see frame.h
struct CodeInfo;    // see frame.h

// A function defined by `def` / `lambda` in the compiled program.
struct FuncObj : Object {
  const CodeInfo* code;
  // Called with the arguments already bound to parameters in signature
  // order: positional (incl. positional-only), then the *args tuple (if
  // any), then keyword-only, then the **kwargs dict (if any).
  Value (*impl)(FuncObj* self, Value* params);
  Value defaults;    // tuple, or Unbound
  Value kwdefaults;  // dict, or Unbound
  std::vector<Value> closure;  // cells, in CodeInfo::freevars order
  Value name, qualname, module, doc;  // __name__ etc. (settable: functools.wraps)
  Value dict;        // __dict__, made on first setattr
  // types.coroutine made this generator function's generators awaitable
  // (CPython sets CO_ITERABLE_COROUTINE on its code).
  bool iterable_coroutine = false;
  FuncObj() : Object(T::function) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override {
    visit(defaults), visit(kwdefaults), visit(dict);
    gc_visit_all(visit, closure);
  }
  void gc_clear() override {
    defaults.clear(), kwdefaults.clear(), dict.clear();
    gc_clear_all(closure);
  }
};

struct BuiltinFuncObj : Object {
  const char* name;
  BuiltinFn fn;
  Value self;  // bound receiver for builtin methods taken from an instance; Unbound otherwise
  TypeObj* owner = nullptr;  // for methods in a type's dict: the type self must be an instance of
  // A builtin data type's dunder standing for one of its slots (CPython's
  // slot wrapper): operators on a subclass that inherits it call the slot
  // of `owner` directly, with the slot's NotImplemented protocol.
  bool slot_wrapper = false;
  BuiltinFuncObj() : Object(T::builtin_function) {}  // (tracked once bound: make_bound_builtin)
  void gc_traverse(GcVisitor& visit) override { visit(self); }
  void gc_clear() override { self.clear(); }
};

struct MethodObj : Object {  // a bound method
  Value func, self;
  MethodObj() : Object(T::method) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func), visit(self); }
  void gc_clear() override { func.clear(), self.clear(); }
};

// Native bases that classes may subclass (greenlet, gevent's Waiter) extend
// gc_traverse/gc_clear with what they hold, or leave the collector with
// gc::untrack when what they hold cannot be told (a suspended greenlet's stack).
struct InstanceObj : Object {  // an instance of a class statement's class
  DictObj* dict = nullptr;     // made on first attribute store
  explicit InstanceObj(TypeObj* t) : Object(t) {
    hold_class(this);
    gc::track(this);
  }
  ~InstanceObj() override;
  DictObj** instance_dict_slot() override { return &dict; }
  void gc_traverse(GcVisitor& visit) override {
    if (dict) visit.visit(dict);
  }
  void gc_clear() override;
};

// An instance of a class with __slots__ (or of a subclass of one): each slot
// is a member descriptor in its class holding an index here.
struct SlottedInstanceObj : InstanceObj {
  std::vector<Value> slots;  // Unbound: not set
  explicit SlottedInstanceObj(TypeObj* t) : InstanceObj(t), slots(t->slot_count) {}
  ~SlottedInstanceObj() override { release_items_backwards(slots); }
  Value* instance_slots() override { return slots.data(); }
  void gc_traverse(GcVisitor& visit) override {
    InstanceObj::gc_traverse(visit);
    gc_visit_all(visit, slots);
  }
  void gc_clear() override {
    InstanceObj::gc_clear();
    gc_clear_all(slots);
  }
};

struct TracebackEntry {
  const CodeInfo* code;
  int line;
  int depth;  // frame depth when recorded (to trim at the catching frame)
  Value held = Value();  // what of the frame the entry keeps alive (a finished machine's locals), or Unbound
};

struct ExceptionObj : InstanceObj {
  Value args;     // tuple
  Value cause;    // __cause__ (None or exception)
  Value context;  // __context__
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // outermost first
  Value extra;    // per-type payload (StopIteration.value, SystemExit.code, KeyError...)
  // Depth of the frame whose handler (HandlerScope) last caught it. The
  // traceback keeps the whole chain captured at raise; entries shallower than
  // this are dropped when it becomes another exception's __context__/__cause__
  // or is raised again with `raise e`.
  int handled_depth = 0;
  explicit ExceptionObj(TypeObj* t) : InstanceObj(t) {}
  void gc_traverse(GcVisitor& visit) override {
    InstanceObj::gc_traverse(visit);
    visit(args), visit(cause), visit(context), visit(extra);
    for (const TracebackEntry& t : traceback) visit(t.held);
  }
  void gc_clear() override {
    InstanceObj::gc_clear();
    args.clear(), cause.clear(), context.clear(), extra.clear();
    traceback.clear();
  }
};

// An instance of a class statement's subclass of int or float
// (Layout::Number): the number it is, as an exact int (small, or a big
// IntObj) or float, and the instance dict.
struct NumSubObj : SlottedInstanceObj {
  Value value;
  explicit NumSubObj(TypeObj* t, Value v) : SlottedInstanceObj(t), value(static_cast<Value&&>(v)) {}
};
// The exact int or float a value is as a number: an int or float
// subclass's instance gives the number it holds, anything else itself.
inline const Value& num_value(const Value& v) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Number) [[unlikely]]
    return static_cast<const NumSubObj*>(v.obj())->value;
  return v;
}

struct GlobalSlot;  // pyrt/api.h

struct ModuleObj : Object {
  std::string name;
  DictObj* dict;
  // Names the runtime's module holds that CPython's lacks (its helpers, a
  // compiled module's imports): no attributes of the module, so `from
  // asyncio import heapq` fails as in CPython; only the runtime's own
  // modules import them (import_from_runtime). Null when none.
  DictObj* hidden = nullptr;
  // __main__: the program's globals are C++ variables, not `dict`; its
  // attributes read and bind them (set_main_globals).
  const GlobalSlot* globals = nullptr;
  size_t nglobals = 0;
  ModuleObj() : Object(T::module) {}
  ~ModuleObj() override;
};

// ------------------------------------------------------ shared helpers

Value make_str(std::string_view utf8);       // new str (computes length / ascii)
StrObj* intern(std::string_view utf8);       // immortal, unique per text
inline std::string_view sv(const Value& str) { return str.as<StrObj>()->s; }

Value make_tuple(std::vector<Value> items);
Value make_list(std::vector<Value> items);
Value make_dict();

int64_t hash(const Value& v);  // raises TypeError for unhashable
// Lookup; returns nullptr if absent. hash must be hash(key).
Value* dict_find(DictObj* d, const Value& key, int64_t hash);
Value* dict_find(DictObj* d, const Value& key);
Value* dict_find_str(DictObj* d, StrObj* key);  // fast path for attribute names
void dict_set(DictObj* d, const Value& key, const Value& value);
bool dict_del(DictObj* d, const Value& key);  // false if absent

// `type.__name__`-style name of a value's type, for messages.
const std::string& type_name(const Value& v);

// Looks `name` up along type's MRO (no descriptors applied); Unbound if absent.
Value type_lookup(const TypeObj* type, StrObj* name);

// Raising from C++: throws py::PyError. The message is used verbatim.
[[noreturn]] void raise(TypeObj* type, std::string message);
[[noreturn]] void raise_value(const Value& exc);  // an instance, or a class to instantiate

Value not_implemented();
Value ellipsis();

}  // namespace py
