// Types: lookup along the MRO (with a global cache), class creation (C3),
// type objects' attributes, and creating instances by calling a type.
#include <fmt/format.h>

#include <bitset>

#include "core/core.h"
#include "core/gc.h"

namespace py {

uint64_t type_epoch = 1;
bool building_types = false;

void unregister_type(TypeObj* t);

TypeObj::~TypeObj() {
  // (builtin types are immortal: this is a class statement's class)
  unregister_type(this);
  if (dict) decref(dict);
}

bool is_subtype(const TypeObj* t, const TypeObj* base) {
  if (t == base) return true;
  for (const TypeObj* m : t->mro)
    if (m == base) return true;
  return false;
}

const std::string& type_name(const Value& v) { return type_of(v)->name; }

Value type_lookup_uncached(const TypeObj* type, StrObj* name) {
  for (const TypeObj* t : type->mro) {
    if (Value* v = dict_find_str(t->dict, name)) return *v;
  }
  return Value();
}

namespace {
struct LookupCacheEntry {
  const TypeObj* type = nullptr;
  StrObj* name = nullptr;
  uint64_t epoch = 0;
  uint64_t version = 0;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry lookup_cache[kLookupCacheSize];
// The entries that took a tracked object (a function, a descriptor): what
// the collector has the cache drop (clear_lookup_cache). Others cannot keep
// a cycle alive: an untracked object's references count as from outside anyway.
uint16_t holding[kLookupCacheSize];
size_t holding_count = 0;
std::bitset<kLookupCacheSize> listed;

inline void note_holding(size_t i, const Value& v) {
  if (v.is_obj() && (v.obj()->gc_slot & Object::kGcSlotMask) && !listed[i]) {
    listed[i] = true;
    holding[holding_count++] = static_cast<uint16_t>(i);
  }
}
}  // namespace

static uint64_t version_counter = 0;
// Every living type (a class leaves it when it is freed).
static std::vector<TypeObj*>& all_types() {
  static std::vector<TypeObj*> types;
  return types;
}

void register_type(TypeObj* t) {
  t->version = ++version_counter;
  t->registry_index = static_cast<uint32_t>(all_types().size());
  all_types().push_back(t);
}

void unregister_type(TypeObj* t) {
  auto& types = all_types();
  uint32_t i = t->registry_index;
  if (i >= types.size() || types[i] != t) return;  // (never registered: creation failed early)
  types[i] = types.back();
  types[i]->registry_index = i;
  types.pop_back();
}

void Object::release_type(TypeObj* t) { decref(t); }

// The collector found the class unreachable: what it holds goes (its dict's
// entries, itself in its MRO; its bases tuple is garbage too and is cleared
// as such), and until it is freed it is a class with no attributes and an
// empty MRO, whose new version no cache entry has: instances freed after it
// (dealloc looks __del__ up) read nothing stale and nothing freed.
// A class's MRO starts with the class itself, a reference it holds to
// itself (CPython's tp_mro tuple holds the type): a class is always in a
// cycle, and goes at a collection, as in CPython (when its attributes'
// finalisers run, and what gc.collect() counts, are CPython's).
static bool holds_itself(const TypeObj* t) { return !t->is_builtin && !t->mro.empty() && t->mro[0] == t; }

void TypeObj::gc_traverse(GcVisitor& visit) {
  visit(bases);
  if (dict) visit.visit(dict);
  if (holds_itself(this)) visit.visit(this);
}

void TypeObj::gc_clear() {
  version = ++version_counter;
  bool itself = holds_itself(this);
  mro.clear();
  if (dict) dict->gc_clear();
  if (itself) decref(this);  // (the collector holds it until it is done)
}

void clear_lookup_cache() {
  while (holding_count) {
    size_t i = holding[--holding_count];
    listed[i] = false;
    LookupCacheEntry& e = lookup_cache[i];
    e.type = nullptr;
    e.name = nullptr;
    e.value.clear();
  }
}

void type_modified(TypeObj* t) {
  for (TypeObj* u : all_types())
    if (is_subtype(u, t)) u->version = ++version_counter;
}

Value type_lookup(const TypeObj* type, StrObj* name) {
  // Only interned (immortal) names are cached: a freed name's address could
  // be reused by another string.
  if (name->refcnt < kImmortal / 2) [[unlikely]] return type_lookup_uncached(type, name);
  size_t h = ((reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B1u) ^ (reinterpret_cast<uintptr_t>(name) >> 4);
  size_t slot = (h ^ (h >> 12)) & (kLookupCacheSize - 1);
  LookupCacheEntry& e = lookup_cache[slot];
  // A type that never got a version (made outside new_builtin_type) is not cached.
  if (e.type == type && e.name == name && e.epoch == type_epoch && e.version == type->version && type->version)
    return e.value;
  Value v = type_lookup_uncached(type, name);
  e.type = type;
  e.name = name;
  e.epoch = type_epoch;
  e.version = type->version;
  e.value = v;
  note_holding(slot, v);
  return v;
}

uint32_t type_flags(TypeObj* t) {
  if (t->flags_version == t->version && t->flags_epoch == type_epoch && t->version) return t->core_flags;
  uint32_t f = 0;
  Value v = type_lookup(t, N::__getattribute__);
  if (v.is_obj() && v.obj()->type == T::function) f |= TF_GETATTRIBUTE;
  if (type_lookup(t, N::__getattr__).is_bound()) f |= TF_GETATTR;
  if (overrides(type_lookup(t, N::__setattr__), object_setattr_fn)) f |= TF_SETATTR;
  if (overrides(type_lookup(t, N::__delattr__), object_delattr_fn)) f |= TF_DELATTR;
  t->core_flags = f;
  t->flags_version = t->version;
  t->flags_epoch = type_epoch;
  return f;
}

// ------------------------------------------------------------ building types

void add_attr(TypeObj* type, const char* name, Value value) {
  dict_set(type->dict, Value::borrow(intern(name)), value);
  if (!type->version) return;
  if (building_types)
    ++type_epoch;  // drops every cached lookup at once: cheaper than versioning each subclass
  else
    type_modified(type);
}

static Value new_builtin_func(const char* name, BuiltinFn fn, TypeObj* owner) {
  auto* f = new BuiltinFuncObj();
  f->name = name;
  f->fn = fn;
  f->owner = owner;
  return Value::steal(f);
}

void add_method(TypeObj* type, const char* name, BuiltinFn fn) { add_attr(type, name, new_builtin_func(name, fn, type)); }

void add_classmethod(TypeObj* type, const char* name, BuiltinFn fn) {
  auto* cm = new ClassMethodObj();
  cm->func = new_builtin_func(name, fn, nullptr);
  add_attr(type, name, Value::steal(cm));
}

void add_staticmethod(TypeObj* type, const char* name, BuiltinFn fn) {
  auto* sm = new StaticMethodObj();
  sm->func = new_builtin_func(name, fn, nullptr);
  add_attr(type, name, Value::steal(sm));
}

GetSetObj::GetSetObj() : Object(T::getset_descriptor) {}

void add_getset(TypeObj* type, const char* name, Value (*get)(const Value&),
                       void (*set)(const Value&, const Value&)) {
  auto* g = new GetSetObj();
  g->name = name;
  g->owner = type;
  g->get = get;
  g->set = set;
  add_attr(type, name, Value::steal(g));
}

void add_getter(TypeObj* type, const char* name, Value (*get)(const Value& self)) {
  add_getset(type, name, get, nullptr);
}

// ------------------------------------------------------------ C3 MRO

Value compute_mro(TypeObj* type) {
  auto& bases = type->bases.as<TupleObj>()->items;
  std::vector<std::vector<TypeObj*>> seqs;
  for (const Value& b : bases) seqs.push_back(b.as<TypeObj>()->mro);
  std::vector<TypeObj*> base_list;
  for (const Value& b : bases) base_list.push_back(b.as<TypeObj>());
  seqs.push_back(base_list);
  std::vector<TypeObj*> result{type};
  for (;;) {
    bool all_empty = true;
    for (auto& s : seqs)
      if (!s.empty()) all_empty = false;
    if (all_empty) break;
    TypeObj* chosen = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObj* candidate = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        for (size_t i = 1; i < other.size() && !in_tail; ++i)
          if (other[i] == candidate) in_tail = true;
      }
      if (!in_tail) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) {
      // CPython lists the remaining heads, in order of the bases.
      std::string names;
      std::vector<TypeObj*> listed;
      for (auto& s : seqs) {
        if (s.empty()) continue;
        TypeObj* head = s.front();
        bool seen = false;
        for (TypeObj* l : listed) seen |= l == head;
        if (seen) continue;
        listed.push_back(head);
        if (!names.empty()) names += ", ";
        names += head->name;
      }
      raise(E::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(chosen);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == chosen) s.erase(s.begin());
  }
  type->mro = std::move(result);
  return Value::none();
}

// ------------------------------------------------------------ __slots__

namespace {

TypeObj* member_descriptor_type = nullptr;

struct MemberDescrObj : Object {
  uint32_t index = 0;
  StrObj* name = nullptr;  // interned
  TypeObj* owner = nullptr;  // held (the class's dict holds the descriptor: a cycle)
  explicit MemberDescrObj(TypeObj* o) : Object(member_descriptor_type), owner(o) {
    incref(owner);
    gc::track(this);
  }
  ~MemberDescrObj() override {
    if (owner) decref(owner);
  }
  void gc_traverse(GcVisitor& visit) override {
    if (owner) visit.visit(owner);
  }
  void gc_clear() override {
    // (a cleared descriptor is garbage: nothing reads it again)
    if (TypeObj* o = std::exchange(owner, nullptr)) decref(o);
  }
};

// The slots of `obj` (a SlottedInstanceObj, or a builtin's object with
// slots: WithDict, NumSubObj), once it is known to be the member's.
Value* slotted(const Value& descr, const Value& obj) {
  auto* m = descr.as<MemberDescrObj>();
  if (!isinstance_of(obj, m->owner))
    raise(E::TypeError, fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", m->name->s,
                                    m->owner->name, type_name(obj)));
  return obj.obj()->instance_slots();
}

Value member_get(const Value& descr, const Value& obj, TypeObj*) {
  if (obj.is_unbound()) return descr;
  auto* m = descr.as<MemberDescrObj>();
  const Value& v = slotted(descr, obj)[m->index];
  if (v.is_unbound()) raise_attribute_error(obj, m->name);
  return v;
}

void member_set(const Value& descr, const Value& obj, const Value& value) {
  auto* m = descr.as<MemberDescrObj>();
  Value& slot = slotted(descr, obj)[m->index];
  if (value.is_unbound() && slot.is_unbound()) raise(E::AttributeError, m->name->s);
  slot = value;
}

Value member_repr(const Value& self) {
  auto* m = self.as<MemberDescrObj>();
  return make_str(fmt::format("<member '{}' of '{}' objects>", m->name->s, m->owner->name));
}

Object* alloc_slotted(TypeObj* type) { return new SlottedInstanceObj(type); }

// `__x` in class `_C` is `_C__x`, as the compiler mangles the names of the body.
std::string mangled(const std::string& cls, const std::string& name) {
  if (name.size() < 3 || name.compare(0, 2, "__") != 0 || name.compare(name.size() - 2, 2, "__") == 0) return name;
  size_t start = cls.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + cls.substr(start) + name;
}

// type.__new__'s handling of __slots__ for class `t` (its dict copied, its
// layout and alloc_instance inherited): a member descriptor per new slot,
// numbered after the slots its bases hold.
void apply_slots(TypeObj* t, const std::vector<Value>& bases) {
  TypeObj* slot_base = nullptr;
  bool bases_have_dict = false;
  for (const Value& bv : bases) {
    auto* b = bv.as<TypeObj>();
    if (b->slot_count) {
      if (slot_base && !is_subtype(b, slot_base) && !is_subtype(slot_base, b))
        raise(E::TypeError, "multiple bases have instance lay-out conflict");
      if (!slot_base || b->slot_count > slot_base->slot_count) slot_base = b;
    }
    // (a native base of Layout::Object, as greenlet, gives its subclasses a dict)
    if (b != T::object && (is_class(b) ? !b->no_instance_dict : b->layout == Layout::Object)) bases_have_dict = true;
  }
  t->slot_count = slot_base ? slot_base->slot_count : 0;
  Value* slots = dict_find_str(t->dict, intern("__slots__"));
  // (a builtin data type's subclass keeps its slots beside the builtin's
  // object: WithDict, NumSubObj)
  bool plain = (t->layout == Layout::Object && (!t->alloc_instance || t->alloc_instance == alloc_slotted)) ||
               (t->builtin_base && !t->is_builtin);
  // int, bytes and tuple keep their items in the object itself (CPython's
  // variable-size types): their subclasses can have no slot of their own
  // (the namedtuple subclass idiom is `__slots__ = ()`, no instance dict).
  TypeObj* var_sized = nullptr;
  if (t->builtin_base) {
    TypeObj* base = t->builtin_base;
    while (!base->is_builtin || base->layout == Layout::Tuple) base = base->mro[1];  // (a namedtuple: tuple)
    if (base == T::int_ || base == T::bytes || base == T::tuple) var_sized = base;
  }
  if (slots && plain) {
    std::vector<Value> names;
    if (is_str(*slots)) {
      names.push_back(*slots);
    } else {
      Value it = iter(*slots), item;
      while (next(it, item)) names.push_back(item);
    }
    bool wants_dict = false;
    std::vector<std::pair<Value, Value>> members;
    for (const Value& n : names) {
      if (!is_str(n)) raise(E::TypeError, fmt::format("__slots__ items must be strings, not '{}'", type_name(n)));
      if (!truthy(call_method(n, V(intern("isidentifier")), {}))) raise(E::TypeError, "__slots__ must be identifiers");
      std::string s(sv(n));
      if (s == "__dict__") {
        if (wants_dict) raise(E::TypeError, "__dict__ slot disallowed: we already got one");
        wants_dict = true;
        continue;
      }
      if (s == "__weakref__") continue;
      if (var_sized) {
        std::string base_name;
        for (const Value& bv : bases)
          if (bv.as<TypeObj>()->builtin_base && base_name.empty()) base_name = bv.as<TypeObj>()->name;
        raise(E::TypeError, fmt::format("nonempty __slots__ not supported for subtype of '{}'", base_name));
      }
      StrObj* key = intern(mangled(t->name, s));
      if (dict_find_str(t->dict, key))
        raise(E::ValueError, fmt::format("{} in __slots__ conflicts with class variable", repr_string(n)));
      if (!member_descriptor_type) {
        member_descriptor_type = new_builtin_type("member_descriptor", nullptr);
        member_descriptor_type->allows_subclassing = false;
        member_descriptor_type->descr_get = member_get;
        member_descriptor_type->descr_set = member_set;
        member_descriptor_type->repr = member_repr;
      }
      auto* m = new MemberDescrObj(t);
      m->index = t->slot_count++;
      m->name = key;
      members.emplace_back(V(key), Value::steal(m));
    }
    for (auto& [k, v] : members) dict_set(t->dict, k, v);
    t->no_instance_dict = !bases_have_dict && !wants_dict;
  }
  if (t->slot_count && plain && t->layout == Layout::Object) t->alloc_instance = alloc_slotted;
}

}  // namespace

// ------------------------------------------------------------ class statement

static std::string module_of_namespace(DictObj* ns) {
  if (Value* m = dict_find_str(ns, N::__module__); m && is_str(*m)) return std::string(sv(*m));
  return "__main__";
}

static Value make_class_impl(std::string name, std::string qualname, const Value& bases_in, const Value& ns,
                             const Value& class_cell, const Value* kwargs, TupleObj* kwnames) {
  std::vector<Value> bases;
  if (bases_in.is_bound() && !bases_in.is_none()) {
    if (type_of(bases_in) != T::tuple) raise(E::TypeError, "bases must be a tuple");
    bases = bases_in.as<TupleObj>()->items;
  }
  for (size_t i = 0; i < bases.size(); ++i) {
    if (!is_type(bases[i])) raise(E::TypeError, "bases must be types");
    auto* b = bases[i].as<TypeObj>();
    if (!b->allows_subclassing)
      raise(E::TypeError, fmt::format("type '{}' is not an acceptable base type", b->name));
    if (b->layout == Layout::Builtin && b != T::object && !b->builtin_base)
      raise(E::TypeError, fmt::format("pyco2cpp: subclassing the builtin type '{}' is not supported yet", b->name));
    for (size_t j = 0; j < i; ++j)
      if (bases[j].obj() == b) raise(E::TypeError, fmt::format("duplicate base class {}", b->name));
  }
  if (bases.empty()) bases.push_back(Value::borrow(T::object));

  auto* t = new TypeObj();
  t->type = T::type;
  Value type_ref = Value::steal(t);
  gc::track(t);  // (__set_name__ and __init_subclass__ below run Python code: collections may happen)
  t->name = std::move(name);
  t->qualname = std::move(qualname);
  t->bases = make_tuple(bases);
  t->is_builtin = false;
  t->layout = Layout::Object;
  for (const Value& b : bases)
    if (b.as<TypeObj>()->layout == Layout::Exception) t->layout = Layout::Exception;
  // The builtin type the instances are made as (CPython's "solid base"):
  // bases deriving from two unrelated ones cannot share an instance.
  for (const Value& bv : bases) {
    auto* b = bv.as<TypeObj>();
    TypeObj* bb = b->builtin_base;
    if (!bb) continue;
    if (!t->builtin_base || is_subtype(bb, t->builtin_base))
      t->builtin_base = bb;
    else if (!is_subtype(t->builtin_base, bb))
      raise(E::TypeError, "multiple bases have instance lay-out conflict");
  }
  if (TypeObj* bb = t->builtin_base) {
    for (const Value& bv : bases) {
      auto* b = bv.as<TypeObj>();
      if (b->builtin_base || b == T::object) continue;
      // (a plain class is a mixin; an exception, a native base or a class
      // with __slots__ lays its instances out otherwise)
      if (b->layout != Layout::Object || b->alloc_instance || b->slot_count)
        raise(E::TypeError, "multiple bases have instance lay-out conflict");
    }
    t->layout = bb == T::int_ || bb == T::float_ ? Layout::Number
                : is_subtype(bb, T::tuple)       ? Layout::Tuple
                                                 : Layout::Data;
  }
  compute_mro(t);
  incref(t);  // mro[0]: the class holds itself (holds_itself)
  for (TypeObj* b : t->mro)
    if (b->alloc_instance) {
      t->alloc_instance = b->alloc_instance;
      break;
    }
  register_type(t);

  // The class namespace is copied, as type.__new__ does.
  t->dict = new DictObj();
  DictObj* src = ns.is_bound() ? ns.as<DictObj>() : nullptr;
  if (src) {
    for (const auto& e : src->entries)
      if (e.key.is_bound()) dict_set(t->dict, e.key, e.value);
  }
  t->module = module_of_namespace(t->dict);
  if (!dict_find_str(t->dict, N::__module__)) dict_set(t->dict, V(N::__module__), make_str(t->module));
  if (Value* q = dict_find_str(t->dict, N::__qualname__)) {
    if (is_str(*q)) t->qualname = std::string(sv(*q));
    dict_del(t->dict, V(N::__qualname__));
  }
  if (!dict_find_str(t->dict, N::__doc__)) dict_set(t->dict, V(N::__doc__), Value::none());
  apply_slots(t, bases);
  // Implicit staticmethod / classmethod wrappers.
  if (Value* f = dict_find_str(t->dict, N::__new__); f && type_of(*f) == T::function) {
    auto* sm = new StaticMethodObj();
    sm->func = *f;
    *f = Value::steal(sm);
  }
  for (StrObj* n : {N::__init_subclass__, N::__class_getitem__}) {
    if (Value* f = dict_find_str(t->dict, n); f && type_of(*f) == T::function) {
      auto* cm = new ClassMethodObj();
      cm->func = *f;
      *f = Value::steal(cm);
    }
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (dict_find_str(t->dict, N::__eq__) && !dict_find_str(t->dict, N::__hash__))
    dict_set(t->dict, V(N::__hash__), Value::none());
  t->version = ++version_counter;

  if (class_cell.is_bound()) class_cell.as<CellObj>()->value = type_ref;

  // __set_name__ on every attribute whose type defines it.
  std::vector<std::pair<Value, Value>> items;
  for (const auto& e : t->dict->entries)
    if (e.key.is_bound()) items.emplace_back(e.key, e.value);
  for (auto& [k, v] : items) {
    TypeObj* vt = type_of(v);
    if (vt == T::function || vt == T::str || vt == T::int_ || vt == T::none) continue;
    if (vt == T::property) {
      v.as<PropertyObj>()->name = k;
      continue;
    }
    Value set_name = type_lookup(vt, N::__set_name__);
    if (set_name.is_bound()) {
      Value args[3] = {v, type_ref, k};
      try {
        call(set_name, args, 3);
      } catch (PyError& e) {
        // (CPython 3.11 wraps it; 3.12 stopped.)
        Value msg = make_str(fmt::format("Error calling __set_name__ on '{}' instance {} in '{}'", vt->name,
                                         repr_string(k), t->name));
        raise_from(call(Value::borrow(E::RuntimeError), &msg, 1), e.exc);
      }
    }
  }

  // super(t, t).__init_subclass__(**kwargs)
  if (t->mro.size() > 1) {
    Value init_subclass;
    for (size_t i = 1; i < t->mro.size() && init_subclass.is_unbound(); ++i)
      if (Value* f = dict_find_str(t->mro[i]->dict, N::__init_subclass__)) init_subclass = *f;
    if (init_subclass.is_bound() && !(init_subclass.is_obj() && init_subclass.obj() == object_init_subclass_fn)) {
      Value bound = bind_descriptor(init_subclass, Value(), t);
      call(bound, kwargs, 0, kwnames);
    } else if (kwcount(kwnames)) {
      raise(E::TypeError, fmt::format("{}.__init_subclass__() takes no keyword arguments", t->name));
    }
  }
  return type_ref;
}

Value make_class(const char* name, const char* qualname, const Value& bases, const Value& ns,
                 const Value& class_cell) {
  return make_class_impl(name, qualname, bases, ns, class_cell, nullptr, nullptr);
}

// ------------------------------------------------------------ type's attributes

static Value type_getattr(const Value& self, StrObj* name) {
  auto* t = self.as<TypeObj>();
  // Data descriptors of the metatype first (__name__, __mro__, ...).
  Value meta = type_lookup(T::type, name);
  if (meta.is_obj() && meta.obj()->type == T::getset_descriptor) return meta.as<GetSetObj>()->get(self);
  Value attr = type_lookup(t, name);
  if (attr.is_bound()) return bind_descriptor(attr, Value(), t);
  if (meta.is_bound()) return bind_descriptor(meta, self, T::type);
  return Value();
}

static bool type_setattr(const Value& self, StrObj* name, const Value& value) {
  auto* t = self.as<TypeObj>();
  Value meta = type_lookup(T::type, name);
  if (meta.is_obj() && meta.obj()->type == T::getset_descriptor) {
    auto* g = meta.as<GetSetObj>();
    if (!g->set)
      raise(E::AttributeError, fmt::format("attribute '{}' of 'type' objects is not writable", g->name));
    g->set(self, value);
    return true;
  }
  // (a namedtuple is builtin here but a heap type in CPython: mutable)
  if (t->is_builtin && t->layout != Layout::Tuple)
    raise(E::TypeError, fmt::format("cannot set '{}' attribute of immutable type '{}'", name->s, t->name));
  if (value.is_unbound()) {
    if (!dict_del(t->dict, Value::borrow(name)))
      raise(E::AttributeError, fmt::format("type object '{}' has no attribute '{}'", t->name, name->s));
  } else {
    dict_set(t->dict, Value::borrow(name), value);
  }
  type_modified(t);
  return true;
}

static Value type_repr(const Value& self) {
  auto* t = self.as<TypeObj>();
  if (t->module == "builtins") return make_str("<class '" + t->qualname + "'>");
  return make_str("<class '" + t->module + "." + t->qualname + "'>");
}

static Value type_tp_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  size_t nkw = kwcount(kwnames);
  if (nargs == 1 && nkw == 0) return Value::borrow(type_of(args[0]));
  if (nargs != 3) raise(E::TypeError, "type() takes 1 or 3 arguments");
  if (!is_str(args[0]))
    raise(E::TypeError, fmt::format("type.__new__() argument 1 must be str, not {}", type_name(args[0])));
  if (type_of(args[1]) != T::tuple)
    raise(E::TypeError, fmt::format("type.__new__() argument 2 must be tuple, not {}", type_name(args[1])));
  if (type_of(args[2]) != T::dict)
    raise(E::TypeError, fmt::format("type.__new__() argument 3 must be dict, not {}", type_name(args[2])));
  std::string name(sv(args[0]));
  return make_class_impl(name, name, args[1], args[2], Value(), args + 3, kwnames);
}

static Value tget_name(const Value& s) { return make_str(s.as<TypeObj>()->name); }
static Value tget_qualname(const Value& s) { return make_str(s.as<TypeObj>()->qualname); }
static Value tget_module(const Value& s) {
  auto* t = s.as<TypeObj>();
  if (!t->is_builtin)
    if (Value* m = dict_find_str(t->dict, N::__module__)) return *m;
  return make_str(t->module);
}
static Value tget_mro(const Value& s) {
  std::vector<Value> items;
  for (TypeObj* t : s.as<TypeObj>()->mro) items.push_back(Value::borrow(t));
  return make_tuple(std::move(items));
}
static Value tget_bases(const Value& s) { return s.as<TypeObj>()->bases; }
static Value tget_base(const Value& s) {
  auto* t = s.as<TypeObj>();
  auto& b = t->bases.as<TupleObj>()->items;
  return b.empty() ? Value::none() : b[0];
}
static Value tget_dict(const Value& s) { return Value::borrow(s.as<TypeObj>()->dict); }
static Value tget_doc(const Value& s) {
  auto* t = s.as<TypeObj>();
  if (Value* d = dict_find_str(t->dict, N::__doc__)) return *d;
  return Value::none();
}
static void tset_name(const Value& s, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "can only assign string to " + s.as<TypeObj>()->name + ".__name__, not '" + type_name(v) + "'");
  s.as<TypeObj>()->name = std::string(sv(v));
}
static void tset_qualname(const Value& s, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "can only assign string to " + s.as<TypeObj>()->name + ".__qualname__, not '" + type_name(v) + "'");
  s.as<TypeObj>()->qualname = std::string(sv(v));
}
static void tset_module(const Value& s, const Value& v) {
  auto* t = s.as<TypeObj>();
  if (t->is_builtin && t->layout != Layout::Tuple)
    raise(E::TypeError, "cannot set '__module__' attribute of immutable type '" + t->name + "'");
  dict_set(t->dict, V(N::__module__), v);
  if (is_str(v)) t->module = std::string(sv(v));
  type_modified(t);
}

static Value type_mro_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("mro", nargs, kwnames, 1, 1);
  std::vector<Value> items;
  for (TypeObj* t : args[0].as<TypeObj>()->mro) items.push_back(Value::borrow(t));
  return make_list(std::move(items));
}

static Value type_subclasscheck(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__subclasscheck__", nargs, kwnames, 2, 2);
  if (!is_type(args[1])) raise(E::TypeError, "issubclass() arg 1 must be a class");
  return Value::from_bool(is_subtype(args[1].as<TypeObj>(), args[0].as<TypeObj>()));
}

void init_type_type() {
  TypeObj* t = T::type;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  t->repr = type_repr;
  t->tp_new = type_tp_new;
  add_getset(t, "__name__", tget_name, tset_name);
  add_getset(t, "__qualname__", tget_qualname, tset_qualname);
  add_getset(t, "__module__", tget_module, tset_module);
  add_getset(t, "__mro__", tget_mro, nullptr);
  add_getset(t, "__bases__", tget_bases, nullptr);
  add_getset(t, "__base__", tget_base, nullptr);
  add_getset(t, "__dict__", tget_dict, nullptr);
  add_getset(t, "__doc__", tget_doc, nullptr);
  add_method(t, "mro", type_mro_method);
  add_method(t, "__subclasscheck__", type_subclasscheck);
}

// ------------------------------------------------------------ calling a type

Value new_instance(TypeObj* type) {
  if (type->layout == Layout::Exception) return Value::steal(new ExceptionObj(type));
  if (type->layout == Layout::Object)
    return Value::steal(type->alloc_instance ? type->alloc_instance(type) : new InstanceObj(type));
  if (type->builtin_base && !type->is_builtin) {
    // object.__new__ cannot make a builtin's object: CPython names the
    // first class of the chain that does not define __new__ itself.
    TypeObj* base = type;
    while (!base->is_builtin && dict_find_str(base->dict, N::__new__)) base = base->mro[1];
    raise(E::TypeError, fmt::format("object.__new__({}) is not safe, use {}.__new__()", type->name, base->name));
  }
  if (type->tp_new) return type->tp_new(type, nullptr, 0, nullptr);
  raise(E::TypeError, fmt::format("cannot create '{}' instances", type->name));
}

Value type_call(TypeObj* type, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (type == T::type) return type_tp_new(type, args, nargs, kwnames);
  // Builtin types construct fully in tp_new: the __new__ and __init__ their
  // dicts hold (list.__init__ refills a list) are for their subclasses.
  if (type->is_builtin && type->tp_new && type->layout == Layout::Builtin)
    return type->tp_new(type, args, nargs, kwnames);
  size_t nkw = kwcount(kwnames);
  Value obj;
  Value new_fn = type_lookup(type, N::__new__);
  bool default_new = !overrides(new_fn, object_new_fn);
  Value init_fn = type_lookup(type, N::__init__);
  bool default_init = !overrides(init_fn, object_init_fn);
  if (default_new) {
    if ((nargs || nkw) && default_init) {
      if (type->layout == Layout::Builtin && !type->tp_new)
        raise(E::TypeError, fmt::format("cannot create '{}' instances", type->name));
      raise(E::TypeError, fmt::format("{}() takes no arguments", type->name));
    }
    obj = new_instance(type);
  } else if (new_fn.is_obj() && new_fn.obj() == exception_new_fn) {
    obj = new_exception(type, args, nargs);
  } else {
    // __new__ is a staticmethod: call it with the class first.
    Value fn = bind_descriptor(new_fn, Value(), type);
    obj = call_with_self(fn, Value::borrow(type), args, nargs, kwnames);
    if (!isinstance_of(obj, type)) return obj;
  }
  if (default_init) return obj;
  if (init_fn.is_obj() && init_fn.obj() == exception_init_fn && nkw == 0) {
    // BaseException.__init__: args are already set by __new__.
    obj.as<ExceptionObj>()->args = make_tuple(std::vector<Value>(args, args + nargs));
    return obj;
  }
  Value r;
  if (type_of(init_fn) == T::function) {
    r = call_function(init_fn.as<FuncObj>(), &obj, args, nargs, kwnames);
  } else {
    r = call_with_self(bind_descriptor(init_fn, Value(), type), obj, args, nargs, kwnames);
  }
  if (!r.is_none()) raise(E::TypeError, fmt::format("__init__() should return None, not '{}'", type_name(r)));
  return obj;
}

}  // namespace py
