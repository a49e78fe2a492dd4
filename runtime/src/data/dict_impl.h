// dict internals shared inside the data part of the runtime (owner: data).
#pragma once

#include "core/object.h"

namespace py {

void dict_set_hashed(DictObj* d, const Value& key, int64_t hash, const Value& value);
bool dict_del_hashed(DictObj* d, const Value& key, int64_t hash, Value* removed);
// kind: 0 keys, 1 values, 2 items
Value dict_make_iter(const Value& dict, int kind, bool reverse);
[[noreturn]] void raise_key_error(const Value& key);

}  // namespace py
