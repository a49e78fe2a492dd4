#!/usr/bin/env python3
"""Golden tests of the emitted C++: a change in codegen shows in review.

    golden.py --pyco2cpp DRIVER FILE.py            # check: FILE.cpp must match
    golden.py --pyco2cpp DRIVER --update FILE.py... # rewrite FILE.cpp

The C++ compared is `pyco2cpp FILE.py --dump=cpp` (formatted, with #line
directives) run on a copy of FILE in a directory whose path has the same
length everywhere, that directory then written as `<dir>`: the emitted C++
names the file's absolute path, and clang-format breaks lines by length, so
compiling FILE where it lies would give each checkout its own line breaks.
On a mismatch it prints a unified diff and exits 1.
To accept a change, run tests/tools/update_golden.sh BUILD and review the diff.
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

# Length of the directory the copy is compiled in: room for any usual
# $TMPDIR (lit's included) plus mkdtemp's name.
DIRECTORY_LENGTH = 64


def emitted(driver, source):
    with tempfile.TemporaryDirectory() as temp:
        padding = DIRECTORY_LENGTH - len(temp) - 1
        if padding < 1:
            sys.exit(f'golden: temporary directory {temp} is longer than {DIRECTORY_LENGTH - 2} '
                     'characters; set TMPDIR to a shorter one')
        directory = os.path.join(temp, 'g' * padding)
        os.mkdir(directory)
        shutil.copy(source, directory)
        # Run beside the copy, so #line directives name the file alone.
        run = subprocess.run([os.path.abspath(driver), os.path.basename(source), '--dump=cpp'],
                             cwd=directory, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(f'golden: pyco2cpp failed on {source} (exit status {run.returncode})')
    return run.stdout.replace(directory + os.sep, '<dir>/')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--pyco2cpp', required=True)
    parser.add_argument('--update', action='store_true')
    parser.add_argument('sources', nargs='+')
    args = parser.parse_args()
    status = 0
    for source in args.sources:
        expected_path = os.path.splitext(source)[0] + '.cpp'
        actual = emitted(args.pyco2cpp, source)
        if args.update:
            with open(expected_path, 'w', encoding='utf-8') as f:
                f.write(actual)
            continue
        try:
            with open(expected_path, encoding='utf-8') as f:
                expected = f.read()
        except OSError:
            sys.exit(f'golden: no expected output {expected_path} '
                     '(tests/tools/update_golden.sh BUILD writes it)')
        if actual != expected:
            sys.stdout.writelines(difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True),
                expected_path, 'emitted now'))
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
