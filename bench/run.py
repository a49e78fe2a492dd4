#!/usr/bin/env python3
"""pyco2cpp benchmarks: each bench/*.py program run by CPython and as a
native binary compiled by pyco2cpp (-O2), in the same invocation.

    python3 bench/run.py [--build-dir BUILD] [-n REPEATS] [PROGRAM.py ...]

Prints one row per program (best of N runs, wall-clock and CPU): CPython seconds,
pyco2cpp seconds, how many times faster the native binary is, and each side's
peak resident set (MB, the largest of the runs: wait4's ru_maxrss). A program
may lower its own repeat count with a `# bench: repeats=N` line (the 1M-task
bench), and a measurement line holding `count=N` gets the peak RSS divided by
N (bytes per task). The yardstick is Debian's /usr/bin/python3 unless
--python names another. Then, for
bench/compile_100.py (about 100 lines), the transpile time (ms; the whole
`pyco2cpp in.py -o out.cpp` process, with and without clang-format) and the
C++ compile-and-link time at -O2 (s). Outputs are compared: a program whose
native output differs from CPython's is marked, never timed as if it were
right. Not a test; CI does not run it.
"""
import argparse
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
COMPILE_PROGRAM = os.path.join(BENCH_DIR, 'compile_100.py')
NOT_PROGRAMS = {'run.py'}


class Timing:
    """Best wall-clock and best CPU (user+sys) seconds over several runs. CPU
    time stays meaningful on a loaded machine, where wall-clock time does not.
    Also the largest peak RSS (bytes) of the runs."""

    def __init__(self):
        self.wall = self.cpu = float('inf')
        self.maxrss = 0

    def add(self, wall, cpu, maxrss=0):
        self.wall, self.cpu = min(self.wall, wall), min(self.cpu, cpu)
        self.maxrss = max(self.maxrss, maxrss)


def run_measured(command):
    """Runs command to its end: (CompletedProcess, wall s, cpu s, peak RSS
    bytes), the CPU time and peak RSS of that child alone (wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(command, proc.returncode, out.read(), err.read())
    # ru_maxrss is in kilobytes on Linux.
    return result, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def best_time(command, repeats):
    """Timing over `repeats` runs, and the last run's result."""
    timing, result = Timing(), None
    for _ in range(repeats):
        result, wall, cpu, maxrss = run_measured(command)
        timing.add(wall, cpu, maxrss)
    return timing, result


def program_repeats(program, default):
    """A program's own `# bench: repeats=N` line lowers the repeat count."""
    with open(program, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'#\s*bench:\s*repeats=(\d+)', line)
            if m:
                return min(default, int(m.group(1)))
    return default


def per_count(line, maxrss):
    """' (N bytes/task by peak RSS)' for a measurement line with count=N."""
    m = re.search(r'count=(\d+)', line)
    if not m or int(m.group(1)) == 0:
        return ''
    return f' [{maxrss / int(m.group(1)):.0f} B/task by peak RSS]'


def compile_native(driver, program, out_dir):
    native = os.path.join(out_dir, os.path.basename(program)[:-3])
    result = subprocess.run([driver, 'build', '-O2', program, '-o', native],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip().splitlines()[:3]
    return native, None


def answer_lines(stdout):
    text = stdout.decode(errors='replace') if isinstance(stdout, bytes) else stdout
    return [line for line in text.splitlines() if not line.startswith('# ')]


def measure_lines(stdout):
    text = stdout.decode(errors='replace') if isinstance(stdout, bytes) else stdout
    return [line[2:] for line in text.splitlines() if line.startswith('# ')]


def run_table(args, driver, python, programs, out_dir):
    rows = []
    measurements = []
    for program in programs:
        name = os.path.basename(program)
        native, error = compile_native(driver, program, out_dir)
        if native is None:
            rows.append((name, None, None, 'build failed: ' + ' / '.join(error)))
            continue
        repeats = program_repeats(program, args.repeats)
        cpython, reference = best_time([python, program], repeats)
        native, ours = best_time([native], repeats)
        note = ''
        if (answer_lines(ours.stdout), ours.returncode) != (answer_lines(reference.stdout), reference.returncode):
            note = 'OUTPUT DIFFERS from CPython'
        rows.append((name, cpython, native, note))
        # Lines starting with '# ' are a program's own measurements (per-depth
        # timings, say): shown side by side, never compared.
        for ref_line, our_line in zip(measure_lines(reference.stdout), measure_lines(ours.stdout)):
            measurements.append(f'  {name}: CPython {ref_line}{per_count(ref_line, cpython.maxrss)}'
                                f' | pyco2cpp {our_line}{per_count(our_line, native.maxrss)}')
        print(f'  {name}: done', file=sys.stderr)

    print(f'\nRuntime, best of {args.repeats}: wall-clock and CPU (user+sys) seconds; '
          f'CPython is {python}\n')
    print(f'{"program":<22} {"CPython s":>9} {"pyco2cpp s":>10} {"ratio":>7}'
          f' {"CPython cpu":>11} {"pyco2cpp cpu":>12} {"cpu ratio":>9}'
          f' {"CPython MB":>10} {"pyco2cpp MB":>11}  note')
    for name, cpython, native, note in rows:
        if cpython is None:
            print(f'{name:<22} {"-":>9} {"-":>10} {"-":>7} {"-":>11} {"-":>12} {"-":>9} {"-":>10} {"-":>11}  {note}')
            continue
        # A wrong answer fast is no speed-up: no ratio unless the outputs agree.
        ratio = '-' if note else f'{cpython.wall / max(native.wall, 1e-9):.1f}x'
        cpu_ratio = '-' if note else f'{cpython.cpu / max(native.cpu, 1e-9):.1f}x'
        print(f'{name:<22} {cpython.wall:>9.3f} {native.wall:>10.3f} {ratio:>7}'
              f' {cpython.cpu:>11.3f} {native.cpu:>12.3f} {cpu_ratio:>9}'
              f' {cpython.maxrss / 2**20:>10.1f} {native.maxrss / 2**20:>11.1f}  {note}')
    if measurements:
        print('\nMeasured by the programs themselves:')
        for line in measurements:
            print(line)
    print(f'\n(machine load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)')


def compile_figures(args, driver, out_dir):
    with open(COMPILE_PROGRAM, encoding='utf-8') as f:
        line_count = sum(1 for _ in f)
    cpp = os.path.join(out_dir, 'compile_100.cpp')
    print(f'\nCompile time for {os.path.relpath(COMPILE_PROGRAM, ROOT)} '
          f'({line_count} lines), best of {args.repeats}\n')

    for label, extra in (('transpile (formatted)', []), ('transpile (--no-format)', ['--no-format'])):
        timing, result = best_time([driver, COMPILE_PROGRAM, '-o', cpp] + extra, args.repeats)
        if result.returncode != 0:
            print(f'{label:<28} failed: {result.stderr.decode(errors="replace").strip()[:300]}')
            return
        print(f'{label:<28} {timing.wall * 1000:8.1f} ms wall {timing.cpu * 1000:8.1f} ms cpu')
    with open(cpp, encoding='utf-8') as f:
        print(f'{"generated C++":<28} {sum(1 for _ in f):8d} lines')

    # The exact compiler command `pyco2cpp build` uses, timed on its own.
    keep = subprocess.run([driver, 'build', '-O2', '-v', '--keep-cpp', COMPILE_PROGRAM,
                           '-o', os.path.join(out_dir, 'compile_100')],
                          capture_output=True, text=True)
    if keep.returncode != 0:
        print(f'{"C++ compile -O2":<28} failed: {keep.stderr.strip()[:300]}')
        return
    command_line = next((line for line in keep.stderr.splitlines() if ' -std=c++20 ' in line), None)
    kept = re.search(r'generated C\+\+ kept in (\S+)', keep.stderr)
    if command_line is None:
        print(f'{"C++ compile -O2":<28} (compiler command not reported by -v)')
        return
    timing, result = best_time(shlex.split(command_line), args.repeats)
    if kept:
        shutil.rmtree(os.path.dirname(kept.group(1)), ignore_errors=True)
    status = '' if result.returncode == 0 else '  (FAILED)'
    print(f'{"C++ compile+link -O2":<28} {timing.wall:8.2f} s  wall {timing.cpu:8.2f} s  cpu{status}')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--build-dir', default=os.path.join(ROOT, 'build'))
    parser.add_argument('--pyco2cpp', help='the driver (default BUILD/driver/pyco2cpp)')
    parser.add_argument('--python', default='/usr/bin/python3',
                        help="CPython to compare with (default: Debian's /usr/bin/python3)")
    parser.add_argument('-n', '--repeats', type=int, default=3)
    parser.add_argument('programs', nargs='*', help='default: every bench/*.py program')
    args = parser.parse_args()

    driver = os.path.abspath(args.pyco2cpp or os.path.join(args.build_dir, 'driver', 'pyco2cpp'))
    if not os.access(driver, os.X_OK):
        sys.exit(f'bench: no pyco2cpp driver at {driver} (build first, or pass --pyco2cpp)')
    python = shutil.which(args.python) or args.python
    programs = [os.path.abspath(p) for p in args.programs] or sorted(
        os.path.join(BENCH_DIR, name) for name in os.listdir(BENCH_DIR)
        if name.endswith('.py') and name not in NOT_PROGRAMS
        and os.path.join(BENCH_DIR, name) != COMPILE_PROGRAM)

    with tempfile.TemporaryDirectory(prefix='pyco2cpp-bench-') as out_dir:
        run_table(args, driver, python, programs, out_dir)
        compile_figures(args, driver, out_dir)


if __name__ == '__main__':
    main()
