#!/usr/bin/env python3
"""Golden tests of the emitted C++: a change in codegen shows in review.

    golden.py --pyco2cpp DRIVER FILE.py            # check: FILE.cpp must match
    golden.py --pyco2cpp DRIVER --update FILE.py... # rewrite FILE.cpp

The C++ compared is `pyco2cpp FILE.py --dump=cpp --no-format` run in FILE's
directory (as the emitter writes it, with #line directives), with that
directory written as `<dir>` (and the byte length of a string constant of
the path as `<len>`) so the text is the same on every machine
(formatting would wrap lines differently for paths of different lengths). On a mismatch it prints a unified diff and exits 1.
To accept a change, run tests/tools/update_golden.sh BUILD and review the diff.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys


def emitted(driver, source):
    # Run beside the source, so #line directives name the file alone.
    directory = os.path.dirname(os.path.abspath(source))
    run = subprocess.run([os.path.abspath(driver), os.path.basename(source), '--dump=cpp', '--no-format'],
                         cwd=directory, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        sys.exit(f'golden: pyco2cpp failed on {source} (exit status {run.returncode})')
    text = run.stdout.replace(directory + os.sep, '<dir>/')
    # A string constant of the path carries its byte length, which depends
    # on the directory too.
    return re.sub(r'py::str_const\("<dir>/([^"]*)", \d+\)', r'py::str_const("<dir>/\1", <len>)', text)


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
