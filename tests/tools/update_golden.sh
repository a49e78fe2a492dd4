#!/usr/bin/env bash
# Rewrites every tests/golden/*.cpp from the driver in BUILD (default: build).
# Review the diff before committing: it is what the codegen change did.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build}"
python3 "$here/golden.py" --pyco2cpp "$build/driver/pyco2cpp" --update "$here"/../golden/*.py
git -C "$here/../.." diff --stat -- tests/golden
