// Deeply nested programs and the C++ stack.
//
// The parse and every pass after it recurse over the program's nesting. The
// language limits (CPython's 200 brackets, 100 indentation levels, 3000
// levels of statements and expressions) bound what reaches resolve and
// codegen, but the parse must get that far first, and what it builds must be
// destroyed. So the steps run on a thread with a large stack
// (run_with_large_stack), and the parser and the AST builder ask
// stack_nearly_exhausted() as they go down, to stop with an error instead of
// overflowing on input nested past any limit.
#pragma once

#include <functional>

namespace pyco2cpp {

// Runs `work` to completion on a thread whose stack is `bytes` large (only
// the pages it touches are ever committed). Exceptions do not cross: `work`
// must catch its own.
void run_with_large_stack(const std::function<void()>& work, size_t bytes = size_t{1} << 30);

// True once less than a safety margin of the current thread's stack is left.
bool stack_nearly_exhausted();

}  // namespace pyco2cpp
