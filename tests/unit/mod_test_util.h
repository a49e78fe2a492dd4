// Helpers for the stdlib module tests: import a module, call its functions,
// and compare reprs with what CPython 3.11 printed for the same calls.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/internal.h"

namespace modtest {

inline void init() { py::runtime_init(); }

inline py::Value attr(const py::Value& obj, const char* name) {
  return py::getattr(obj, py::Value::borrow(py::intern(name)));
}
inline py::Value mod(const char* name) { return py::import_module(name); }
inline py::Value fn(const char* module, const char* name) { return attr(mod(module), name); }
inline py::Value I(int64_t v) { return py::Value::from_int(v); }
inline py::Value F(double v) { return py::Value::from_float(v); }
inline py::Value S(const char* s) { return py::make_str(s); }
inline std::string R(const py::Value& v) { return std::string(py::sv(py::repr(v))); }
inline std::string Str(const py::Value& v) { return std::string(py::sv(py::str(v))); }
inline py::Value list(std::vector<py::Value> items) { return py::make_list(std::move(items)); }

// Calls f with positional args then keyword args (names, values).
inline py::Value call_kw(const py::Value& f, std::vector<py::Value> args,
                         std::initializer_list<const char*> names, std::vector<py::Value> kwvalues) {
  size_t npos = args.size();
  for (auto& v : kwvalues) args.push_back(v);
  return py::call(f, args.data(), npos, names.size() ? py::kwnames_const(names) : nullptr);
}

// Runs body, expecting a Python exception; returns "TypeName: message".
template <class F>
std::string error_of(F body) {
  try {
    body();
  } catch (py::PyError& e) {
    std::string type = py::type_of(e.exc)->name;
    std::string msg = Str(e.exc);
    return type + ": " + msg;
  }
  return "no exception";
}

// Runs a test body, turning an escaping Python exception into a failure
// that names it (gtest would only say "unknown C++ exception").
template <class F>
void run(F body) {
  try {
    body();
  } catch (py::PyError& e) {
    ADD_FAILURE() << "Python exception: " << py::type_of(e.exc)->name << ": " << Str(e.exc);
  }
}

}  // namespace modtest
