// Which local variables are certainly bound when a statement starts: a
// forward "definitely assigned" analysis over one function body, so that
// reading such a variable needs no UnboundLocalError check.
//
// Worked example:
//
//     def f(n):            # {n}            (parameters are bound on entry)
//         total = 0        # {n}
//         if n:            # {n, total}
//             x = 1        # {n, total}
//         else:
//             return       # {n, total}
//         print(x)         # {n, total, x}  (the else branch never gets here)
//         for i in g():    # {n, total, x}
//             total += i   # {n, total, x, i}
//         print(i)         # {n, total, x}  (the loop may run zero times)
//
// Conservative by construction: a name another statement can unbind (`del`,
// `except ... as`) is never reported bound, a walrus binds nothing here, and
// after a loop, a `with` (whose __exit__ may swallow an exception part-way
// through the body) or a `try` only what holds on every way out is kept.
// Nested functions, classes and comprehensions are their own scopes.
#pragma once

#include <map>
#include <set>
#include <string>

#include "pyco2cpp/ast.h"

namespace pyco2cpp::codegen {

using NameSet = std::set<std::string>;
// Per statement, of the names it reads (itself or in nested statements), those bound.
using BoundBefore = std::map<const ast::Stmt*, NameSet>;

// `locals`: the function's plain local variables (not cells, globals or
// names that can be unbound); `params`: those bound on entry.
BoundBefore bound_before(const ast::StmtList& body, const NameSet& locals, const NameSet& params);

}  // namespace pyco2cpp::codegen
