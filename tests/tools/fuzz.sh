#!/usr/bin/env bash
# tests/tools/fuzz.sh [SECONDS] [JOBS]
#
# Fuzzes the compiler (decode, parse, resolve, emit: tests/fuzz/fuzz_transpile.cpp)
# with libFuzzer for SECONDS (default 60), under ASan and UBSan. The target is
# built with clang-14 in $PYCO2CPP_FUZZ_BUILD_DIR (default build-fuzz/ in the
# repository). The seed corpus is every .py file under tests/; what libFuzzer
# learns is kept in BUILD/fuzz-corpus/ for the next run. A finding (a crash,
# a sanitizer report, a refusal without a located error, a hang of more than
# 10 s per input, more than 2 GiB) is written to BUILD/fuzz-findings/ and
# makes the script fail; re-run one with `BUILD/tests/fuzz/fuzz_transpile FILE`.
# The last line is a summary: executions, findings.
set -euo pipefail

seconds="${1:-60}"
jobs="${2:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PYCO2CPP_FUZZ_BUILD_DIR:-$root/build-fuzz}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPYCO2CPP_FUZZ=ON -DPYCO2CPP_SANITIZE=address,undefined -DPYCO2CPP_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target fuzz_transpile >/dev/null

seed="$build/fuzz-seed"
corpus="$build/fuzz-corpus"
findings="$build/fuzz-findings"
rm -rf "$seed"
mkdir -p "$seed" "$corpus" "$findings"
# Seeds named by content: the same test in two folders is one seed.
find "$root/tests" -name '*.py' -size -64k -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$seed/$(md5sum <"$file" | cut -c1-16).py"; done

log="$build/fuzz.log"
set +e
cd "$build"  # (with JOBS > 1, libFuzzer writes fuzz-N.log here)
"$build/tests/fuzz/fuzz_transpile" "$corpus" "$seed" \
  -dict="$root/tests/fuzz/python.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=8192 $( ((jobs > 1)) && echo "-jobs=$jobs -workers=$jobs") -print_final_stats=1 \
  -artifact_prefix="$findings/" >"$log" 2>&1
status=$?
set -e
if ((jobs > 1)); then cat "$build"/fuzz-*.log >>"$log" 2>/dev/null || true; fi

runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | awk '{s += $NF} END {print s + 0}')"
found="$(find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)"
if ((status != 0)); then grep -E '^(==[0-9]+==ERROR|fuzz_transpile:|SUMMARY)' "$log" | head -20 >&2 || true; fi
echo "fuzz: ${runs:-0} executions in ${seconds} s, $found findings in $findings (log: $log)"
((status == 0 && found == 0))
