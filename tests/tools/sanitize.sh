#!/usr/bin/env bash
# tests/tools/sanitize.sh [LIT PATHS...]
#
# Runs tests under AddressSanitizer (with LeakSanitizer) and UBSan: pyco2cpp,
# its runtime and every program the tests build are instrumented
# (PYCO2CPP_SANITIZE=address,undefined, configured in
# $PYCO2CPP_SANITIZE_BUILD_DIR, default build-sanitize/ in the repository).
# Any report (a bad access, undefined behaviour, memory still allocated and
# unreachable when the program ends) ends the program with a failure status,
# so the test fails: the differential tests compare the exit status.
# Default paths: every test folder but driver/ (its timings and compiler
# command lines are those of a normal build). The unit tests run too unless
# paths are given. The last line is run_tests.py's `N passed, N failed, ...`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PYCO2CPP_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
jobs="$(nproc)"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  # Debug: the compiler's own asserts on; the runtime at -O1, which keeps
  # deep-recursion tests within their stacks and the corpus's run time sane.
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DPYCO2CPP_SANITIZE=address,undefined \
    -DPYRT_OPTIMIZATION=-O1 >/dev/null
fi

paths=("$@")
targets=(pyco2cpp pyrt pyco2cpp_format)
if ((${#paths[@]} == 0)); then
  for dir in "$root"/tests/*/; do
    case "$(basename "$dir")" in driver|tools|unit|cmake|fuzz) continue ;; esac
    paths+=("$dir")
  done
  targets+=(pyrt_unit_tests)
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]}" >/dev/null

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
if [[ " ${targets[*]} " == *" pyrt_unit_tests "* ]]; then
  # Leaks are not checked here: the unit tests make classes and drop them,
  # and a class is a cycle (it is in its own __mro__) that the collector
  # does not track yet. Programs are checked: their classes live to the end.
  if ! ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" "$build/tests/unit/pyrt_unit_tests" --gtest_brief=1 \
       >"$build/unit-tests.log" 2>&1; then
    tail -n 40 "$build/unit-tests.log"
    echo "sanitize: the unit tests failed (log: $build/unit-tests.log)"
    exit 1
  fi
  echo "sanitize: unit tests clean ($(grep -Eo '[0-9]+ tests? from [0-9]+ test suites? ran' "$build/unit-tests.log"))"
fi
# (A sanitized program is compiled at -O0 and runs 2-4 times slower.)
exec python3 "$root/tests/tools/run_tests.py" --build-dir "$build" \
  --pyco2cpp "$build/driver/pyco2cpp" -j "$jobs" --timeout 900 "${paths[@]}"
