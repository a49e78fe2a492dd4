#!/usr/bin/env python3
"""Run pyco2cpp's whole test suite and end with one plain summary line.

    tests/tools/run_tests.py --build-dir BUILD [lit paths or options...]

Runs lit over tests/ (every .py test: lexer/AST/scope dumps, diagnostics,
differential run tests, seeds) against the driver built in BUILD, then the
GoogleTest unit tests registered with CTest under BUILD/tests/unit if there
are any. The last line printed is

    N passed, N failed, N skipped, N expected failures

(UNSUPPORTED counts as skipped; an XFAIL is neither passed nor failed but
counted apart, so known gaps stay visible) and the exit status is 1 when
anything failed, 0 otherwise.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIT = '/usr/lib/llvm-14/build/utils/lit/lit.py'
# lit runs under Debian's interpreter: it has psutil, which --timeout needs.
LIT_PYTHON = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable

PASSED = {'PASS', 'FLAKYPASS'}
EXPECTED_FAILURES = {'XFAIL'}
SKIPPED = {'UNSUPPORTED', 'SKIPPED', 'EXCLUDED'}
# Everything else (FAIL, XPASS, UNRESOLVED, TIMEOUT, ...) is a failure.


def find_driver(build_dir):
    for candidate in ('driver/pyco2cpp', 'bin/pyco2cpp', 'pyco2cpp'):
        path = os.path.join(build_dir, candidate)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    for root, dirs, files in os.walk(build_dir):
        dirs[:] = [d for d in dirs if d not in ('CMakeFiles', 'lit-output', '_deps')]
        if 'pyco2cpp' in files:
            path = os.path.join(root, 'pyco2cpp')
            if os.access(path, os.X_OK):
                return path
    return None


def run_lit(args, driver, extra):
    exec_root = os.path.join(args.build_dir, 'lit-output')
    os.makedirs(exec_root, exist_ok=True)
    results_file = os.path.join(exec_root, 'results.json')
    if os.path.exists(results_file):
        os.remove(results_file)
    command = [LIT_PYTHON, args.lit, '-sv', f'-j{args.jobs}',
               f'--timeout={args.timeout}',
               f'--param=pyco2cpp={driver}',
               f'--param=exec_root={exec_root}',
               f'--param=build_dir={args.build_dir}',
               f'--output={results_file}']
    if args.python:
        command.append(f'--param=python={args.python}')
    command += extra or [TESTS_DIR]
    print('+ ' + ' '.join(command), flush=True)
    lit_status = subprocess.run(command).returncode

    counts = {'passed': 0, 'failed': 0, 'skipped': 0, 'xfail': 0}
    try:
        with open(results_file, encoding='utf-8') as f:
            results = json.load(f)
    except (OSError, ValueError):
        print(f'run_tests: lit produced no results (exit status {lit_status})')
        counts['failed'] += 1
        return counts
    for test in results.get('tests', []):
        code = test.get('code')
        if code in PASSED:
            counts['passed'] += 1
        elif code in SKIPPED:
            counts['skipped'] += 1
        elif code in EXPECTED_FAILURES:
            counts['xfail'] += 1
        else:
            counts['failed'] += 1
    if lit_status != 0 and counts['failed'] == 0:
        # lit itself failed (bad config, crash): never report success then.
        print(f'run_tests: lit exited with status {lit_status}')
        counts['failed'] += 1
    return counts


def run_unit_tests(args):
    unit_dir = os.path.join(args.build_dir, 'tests', 'unit')
    counts = {'passed': 0, 'failed': 0, 'skipped': 0}
    if not os.path.exists(os.path.join(unit_dir, 'CTestTestfile.cmake')):
        return counts
    ctest = shutil.which('ctest')
    if ctest is None:
        print('run_tests: ctest not found; unit tests not run')
        counts['failed'] += 1
        return counts
    command = [ctest, '--output-on-failure', f'-j{args.jobs}', '--timeout', str(args.timeout)]
    print('+ (cd ' + unit_dir + ' && ' + ' '.join(command) + ')', flush=True)
    done = subprocess.run(command, cwd=unit_dir, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    print(done.stdout, end='')
    summary = re.search(r'(\d+)% tests passed, (\d+) tests? failed out of (\d+)', done.stdout)
    if summary:
        failed, total = int(summary.group(2)), int(summary.group(3))
        skipped = len(re.findall(r'\*\*\*(?:Skipped|Not Run)', done.stdout))
        counts['failed'] = failed
        counts['skipped'] = skipped
        counts['passed'] = total - failed - skipped
    elif 'No tests were found' not in done.stdout:
        print(f'run_tests: could not read ctest summary (exit status {done.returncode})')
        counts['failed'] += 1
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build-dir', required=True, help='the CMake build directory')
    ap.add_argument('--pyco2cpp', help='driver binary (default: found under --build-dir)')
    ap.add_argument('--lit', default=DEFAULT_LIT, help='path of lit.py')
    ap.add_argument('--python', help='reference interpreter (default: python3 on PATH)')
    ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--timeout', type=int, default=300, help='seconds per test')
    ap.add_argument('--no-unit', action='store_true', help='skip the GoogleTest unit tests')
    args, extra = ap.parse_known_args()
    args.build_dir = os.path.abspath(args.build_dir)

    driver = os.path.abspath(args.pyco2cpp) if args.pyco2cpp else find_driver(args.build_dir)
    if driver is None or not os.access(driver, os.X_OK):
        print(f'run_tests: no pyco2cpp driver found under {args.build_dir} (build it first)')
        print('0 passed, 1 failed, 0 skipped, 0 expected failures')
        return 1

    totals = run_lit(args, driver, extra)
    if not args.no_unit and not extra:
        for key, value in run_unit_tests(args).items():
            totals[key] += value
    print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped, "
          f"{totals['xfail']} expected failures")
    return 1 if totals['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
