// py::call_drop / py::call_method_drop (api.h): calls whose argument array
// is emptied as soon as the call returns.
#include "core/core.h"
#include "core/internal.h"

namespace py {

Value call_drop(const Value& f, Value* args, size_t nargs, TupleObj* kwnames, size_t total) {
  Value result = call(f, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  return result;
}

Value call_method_drop(const Value& obj, const Value& name, Value* args, size_t nargs, TupleObj* kwnames,
                       size_t total) {
  Value result = call_method(obj, name, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  return result;
}

Value call_module_attr_drop(const Value& obj, const Value& name, ModuleAttrSite& site, Value* args, size_t nargs,
                            TupleObj* kwnames, size_t total) {
  if (!obj.is_obj() || obj.obj()->type != T::module || !name.is_obj()) [[unlikely]]
    return call_method_drop(obj, name, args, nargs, kwnames, total);
  DictObj* d = static_cast<ModuleObj*>(obj.obj())->dict;
  Value callee;
  if (site.dict == d && site.pos < d->entries.size() && d->entries[site.pos].key.is_obj() &&
      d->entries[site.pos].key.obj() == name.obj()) [[likely]] {
    callee = d->entries[site.pos].value;
  } else {
    // module_getattr reads the dict before anything else, so where the
    // dict has the name, its entry is the attribute.
    Value* found = dict_find_str(d, as_attr_name(name, "getattr"));
    if (!found) return call_method_drop(obj, name, args, nargs, kwnames, total);
    auto* entry = reinterpret_cast<DictObj::Entry*>(reinterpret_cast<char*>(found) - offsetof(DictObj::Entry, value));
    if (entry->key.is_obj() && entry->key.obj() == name.obj()) {
      site.dict = d;
      site.pos = uint32_t(entry - d->entries.data());
    }
    callee = *found;
  }
  Value result = call(callee, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  return result;
}

}  // namespace py
