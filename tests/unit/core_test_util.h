// Helpers for the core unit tests: runtime set-up, building functions and
// classes from C++, and catching Python exceptions as (type, message).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/core.h"

namespace pyrt_test {

inline void ensure_runtime() { py::runtime_init(); }

inline py::Value S(const char* s) { return py::make_str(s); }

// Runs `body` and returns "TypeName: message" of the Python exception it
// raises, or "" if it raised nothing.
template <class F>
std::string raised(F&& body) {
  try {
    body();
  } catch (py::PyError& e) {
    std::string out = py::type_of(e.exc)->name;
    py::Value s = py::str(e.exc);
    if (!py::sv(s).empty()) out += ": " + std::string(py::sv(s));
    return out;
  }
  return "";
}

inline std::string str_of(const py::Value& v) { return std::string(py::sv(py::str(v))); }
inline std::string repr_of(const py::Value& v) { return std::string(py::sv(py::repr(v))); }

inline py::Value ns_with(std::initializer_list<std::pair<const char*, py::Value>> items) {
  py::Value ns = py::make_dict();
  for (auto& [k, v] : items) py::dict_set(ns.as<py::DictObj>(), py::Value::borrow(py::intern(k)), v);
  return ns;
}

inline py::Value cls(const char* name, std::initializer_list<py::Value> bases,
                     std::initializer_list<std::pair<const char*, py::Value>> items = {}) {
  return py::make_class(name, name, py::make_tuple(std::vector<py::Value>(bases)), ns_with(items), py::Value());
}

inline py::Value attr(const py::Value& obj, const char* name) {
  return py::getattr(obj, py::Value::borrow(py::intern(name)));
}
inline void set_attr(const py::Value& obj, const char* name, const py::Value& v) {
  py::setattr(obj, py::Value::borrow(py::intern(name)), v);
}

inline std::vector<std::string> mro_names(const py::Value& type) {
  std::vector<std::string> out;
  for (py::TypeObj* t : type.as<py::TypeObj>()->mro) out.push_back(t->name);
  return out;
}

}  // namespace pyrt_test
