#!/usr/bin/env python3
"""Differential test: CPython is the oracle, the compiled program must agree.

    difftest.py --pyco2cpp DRIVER [--python PY] [--tmp DIR] FILE.py

1. Runs the reference interpreter on FILE (cwd: an empty directory, stdin
   /dev/null, PYTHONHASHSEED=0) and records stdout bytes and exit status.
2. Compiles FILE with `DRIVER build FILE -o DIR/prog`.
3. Runs DIR/prog the same way.
4. Passes (exit 0) when stdout bytes and exit status are identical, and
   deletes its work directory; otherwise keeps it, prints a unified diff
   of stdout, both statuses and both stderrs, and exits 1.

Directives, read from comment lines anywhere in FILE:
  # ARGS: a b c            argv given to both runs (shell-like quoting)
  # DIFFTEST: stderr-last-line
                           also compare the last line of stderr (for programs
                           ending in an uncaught exception: `ValueError: ...`)
  # DIFFTEST: traceback-frames
                           also compare the traceback's frame lines in stderr
                           (`File "x.py", line N, in f`, by file name, line
                           and function; CPython's ^^^ markers are not compared)
  # DIFFTEST: stderr       also compare all of stderr, but for the lines of
                           CPython's ^^^/~~~ markers under a traceback's source
  # DIFFTEST-SOURCE-NAME: 'a\nb".py'
                           run both on a copy of FILE with this name (a Python
                           string literal: any character a file name can hold)

Programs that import gevent or greenlet are run by --gevent-python (Debian's
interpreter, which has those modules) instead of --python.
"""
import argparse
import ast
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

GEVENT_IMPORT = re.compile(r'^\s*(?:import|from)\s+(?:gevent|greenlet)\b', re.M)


class Run:
    def __init__(self, status, stdout, stderr, timed_out=False):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    def describe_status(self):
        if self.timed_out:
            return 'timed out'
        if self.status < 0:
            return f'killed by signal {-self.status}'
        return f'exit status {self.status}'


def run_program(argv, cwd, timeout):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    os.makedirs(cwd, exist_ok=True)
    try:
        done = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
        return Run(done.returncode, done.stdout, done.stderr)
    except subprocess.TimeoutExpired as expired:
        return Run(None, expired.stdout or b'', expired.stderr or b'', timed_out=True)


def read_directives(source_text):
    args = []
    options = set()
    source_name = None
    for line in source_text.splitlines():
        stripped = line.strip()
        if stripped.startswith('# ARGS:'):
            args = shlex.split(stripped[len('# ARGS:'):])
        elif stripped.startswith('# DIFFTEST:'):
            options.update(stripped[len('# DIFFTEST:'):].split())
        elif stripped.startswith('# DIFFTEST-SOURCE-NAME:'):
            source_name = ast.literal_eval(stripped[len('# DIFFTEST-SOURCE-NAME:'):].strip())
    return args, options, source_name


CARET_LINE = re.compile(rb'^\s*[\^~]+\s*$')


def without_caret_lines(data):
    return b'\n'.join(line for line in data.split(b'\n') if not CARET_LINE.match(line))


def last_line(data):
    lines = data.decode('utf-8', 'replace').rstrip('\n').split('\n')
    return lines[-1] if lines else ''


FRAME_LINE = re.compile(r'^\s*File "([^"]*)", line (\d+), in (.*)$')


def traceback_frames(data):
    """(file name, line, function) of each `File ...` line of a traceback."""
    frames = []
    for line in data.decode('utf-8', 'replace').splitlines():
        m = FRAME_LINE.match(line)
        if m:
            frames.append((os.path.basename(m.group(1)), int(m.group(2)), m.group(3)))
    return frames


def show_stream(title, data, limit=4000):
    text = data.decode('utf-8', 'replace')
    if len(text) > limit:
        text = '...\n' + text[-limit:]
    print(f'--- {title} ---')
    print(text, end='' if text.endswith('\n') or not text else '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('file')
    ap.add_argument('--pyco2cpp', required=True, help='the driver binary')
    ap.add_argument('--python', default='python3', help='reference interpreter')
    ap.add_argument('--gevent-python', default='/usr/bin/python3',
                    help='reference interpreter for gevent/greenlet programs')
    ap.add_argument('--tmp', help='work directory (emptied first); default: a new temp dir')
    ap.add_argument('--timeout', type=float, default=60, help='seconds per program run')
    ap.add_argument('--compile-timeout', type=float, default=240)
    args = ap.parse_args()

    source_path = os.path.abspath(args.file)
    # Directives are ASCII; the program may be in any encoding it declares (PEP 263).
    with open(source_path, encoding='utf-8', errors='surrogateescape') as f:
        source_text = f.read()
    program_args, options, source_name = read_directives(source_text)
    unknown = options - {'stderr-last-line', 'traceback-frames', 'stderr'}
    if unknown:
        print(f'difftest: unknown DIFFTEST option(s): {sorted(unknown)}')
        return 2

    if args.tmp:
        work = os.path.abspath(args.tmp)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    else:
        work = tempfile.mkdtemp(prefix='difftest-')
    if source_name is not None:
        renamed = os.path.join(work, 'source', source_name)
        os.makedirs(os.path.dirname(renamed), exist_ok=True)
        shutil.copyfile(source_path, renamed)
        source_path = renamed

    python = args.gevent_python if GEVENT_IMPORT.search(source_text) else args.python
    reference = run_program([python, source_path] + program_args,
                            os.path.join(work, 'cwd-python'), args.timeout)
    if reference.timed_out:
        print(f'difftest: the reference run ({python}) timed out after {args.timeout}s')
        return 1

    binary = os.path.join(work, 'prog')
    compile_cmd = [args.pyco2cpp, 'build', source_path, '-o', binary]
    try:
        built = subprocess.run(compile_cmd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=args.compile_timeout)
    except subprocess.TimeoutExpired:
        print(f'difftest: compiling timed out after {args.compile_timeout}s: '
              + shlex.join(compile_cmd))
        return 1
    if built.returncode != 0 or not os.path.exists(binary):
        print(f'difftest: compiling failed (exit status {built.returncode}): '
              + shlex.join(compile_cmd))
        print(built.stdout.decode('utf-8', 'replace'), end='')
        return 1

    compiled = run_program([binary] + program_args, os.path.join(work, 'cwd-compiled'),
                           args.timeout)

    problems = []
    if compiled.stdout != reference.stdout:
        problems.append('stdout differs')
    if compiled.timed_out or compiled.status != reference.status:
        problems.append(f'status differs: python {reference.describe_status()}, '
                        f'compiled {compiled.describe_status()}')
    if 'stderr-last-line' in options and \
            last_line(compiled.stderr) != last_line(reference.stderr):
        problems.append('last line of stderr differs: python '
                        f'{last_line(reference.stderr)!r}, compiled '
                        f'{last_line(compiled.stderr)!r}')
    if 'stderr' in options and \
            without_caret_lines(compiled.stderr) != without_caret_lines(reference.stderr):
        problems.append('stderr differs')
    if 'traceback-frames' in options:
        want, got = traceback_frames(reference.stderr), traceback_frames(compiled.stderr)
        if not want:
            problems.append('traceback-frames: CPython printed no traceback (the test checks nothing)')
        elif got != want:
            problems.append(f'traceback frames differ: python {want}, compiled {got}')
    if not problems:
        # A passing test's binary is of no further use, and sanitized ones
        # are hundreds of MB: a whole-corpus run would fill the disk.
        shutil.rmtree(work, ignore_errors=True)
        return 0

    print(f'difftest: {source_path}: ' + '; '.join(problems))
    if compiled.stdout != reference.stdout:
        diff = difflib.unified_diff(
            reference.stdout.decode('utf-8', 'replace').splitlines(keepends=True),
            compiled.stdout.decode('utf-8', 'replace').splitlines(keepends=True),
            fromfile='python stdout', tofile='compiled stdout')
        for line in diff:
            sys.stdout.write(line if line.endswith('\n') else line + '\n\\ No newline at end of file\n')
    print(f'python:   {reference.describe_status()}')
    print(f'compiled: {compiled.describe_status()}')
    show_stream('python stderr', reference.stderr)
    show_stream('compiled stderr', compiled.stderr)
    print(f'(work directory kept: {work})')
    return 1


if __name__ == '__main__':
    sys.exit(main())
