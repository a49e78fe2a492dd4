# The command line's contract: --help and --version succeed; usage errors
# exit with status 2 and say what is wrong; an unreadable input is status 1.
# RUN: %pyco2cpp --version | FileCheck %s --check-prefix=VERSION
# VERSION: pyco2cpp {{[0-9]+\.[0-9]+\.[0-9]+}}
# RUN: %pyco2cpp --help | FileCheck %s --check-prefix=HELP
# HELP: usage:
# HELP: pyco2cpp INPUT.py --dump=tokens|ast|scopes|sm|cpp
# HELP: pyco2cpp build INPUT.py
# HELP: pyco2cpp run
# RUN: %python %s %pyco2cpp --bogus | FileCheck %s --check-prefix=BOGUS
# BOGUS: exit 2
# BOGUS: pyco2cpp: error: unknown option '--bogus'
# RUN: %python %s %pyco2cpp | FileCheck %s --check-prefix=NOINPUT
# NOINPUT: exit 2
# NOINPUT: pyco2cpp: error: no input file
# RUN: %python %s %pyco2cpp --dump=nope %s | FileCheck %s --check-prefix=DUMP
# DUMP: exit 2
# DUMP: pyco2cpp: error: unknown dump 'nope' (tokens, ast, scopes, sm or cpp)
# RUN: %python %s %pyco2cpp %t.does-not-exist.py | FileCheck %s --check-prefix=MISSING
# MISSING: exit 1
# MISSING: pyco2cpp: error: cannot read

# Run as a script by the RUN lines above: runs the command given as arguments
# and prints its exit status, then its stderr (lit's shell has no `$?`).
import subprocess
import sys

if __name__ == "__main__":
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    print("exit", done.returncode)
    print(done.stderr, end="")
