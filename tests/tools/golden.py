#!/usr/bin/env python3
"""Golden tests of the emitted C++: a change in codegen shows in review.

    golden.py --pyco2cpp DRIVER FILE.py            # check: FILE.cpp must match
    golden.py --pyco2cpp DRIVER --update FILE.py... # rewrite FILE.cpp

The C++ compared is `pyco2cpp FILE.py --dump=cpp` run on a copy of FILE in a
temporary directory (formatted, with #line directives), with that directory
written as `<dir>` so the text is the same on every machine and checkout.
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


def emitted(driver, source):
    # Run on a copy in a fresh /tmp/tmpXXXXXXXX: clang-format wraps the line
    # naming the source by its length before the directory becomes <dir>, so
    # the directory's length must not depend on where the checkout is. Run
    # beside the copy, so #line directives name the file alone.
    with tempfile.TemporaryDirectory(dir='/tmp') as directory:
        shutil.copy(source, directory)
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
