#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, configure, build; see
# .ci/setup.sh), then compiles an example program with pyco2cpp and runs the
# native binary; exits with the program's status.
#
#   bash examples/run-example.sh [PROGRAM.py]
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../.ci/setup.sh"

program="${1:-$PYCO2CPP_ROOT/examples/seed_generators.py}"
native="$PYCO2CPP_BUILD_DIR/examples/$(basename "${program%.py}")"
mkdir -p "$(dirname "$native")"

echo "== pyco2cpp build $program -o $native"
"$PYCO2CPP" build "$program" -o "$native"
echo "== $native"
exec "$native"
