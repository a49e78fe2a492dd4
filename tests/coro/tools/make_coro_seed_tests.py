#!/usr/bin/env python3
"""Write the coroutine seed tests tests/seeds/seedNNN_coro_*.py.

    make_coro_seed_tests.py [--seeds DIR] [--out tests/seeds] [--python python3]
                            [--filecheck FileCheck] [--skip-clock]

The seed documents are read from --seeds, by default ../shared/seeds beside
the repository (that is, REPO/../shared/seeds). These are the blocks that
need `async def`, `await` and `types.coroutine` but not asyncio.

Each entry of CORO_SEED_TESTS names a seed code block (as listed by
tests/tools/extract_seed_blocks.py), the edits of its copy ((old, new)
literal replacements that must each apply exactly once, as in
tests/gen/tools/make_gen_seed_tests.py; an empty list keeps the block byte
for byte), lines appended after it, and how it is tested:

  run        differential (`# RUN: %difftest %s`): CPython and the compiled
             program print the same and exit the same way.
  nameerror  the block fails under CPython with a NameError (asyncio is used
             but never imported; an annotation names nothing): differential
             (stdout, status, the traceback's frames, the last line of
             stderr), and both stderrs must hold the NameError and the
             RuntimeWarnings for the coroutines left unawaited. The CHECK
             lines are taken from CPython's stderr here (the exception line
             without the "Did you mean" hint CPython's traceback printer
             adds), and checked against CPython again when written.
  clock      the block prints elapsed times (datetime.now() differences,
             time.sleep): see write_clock_test.

Expectations are never typed here: they come from CPython when the file is
written (and the tests run CPython again every time).
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent.parent
DEFAULT_SEEDS = REPO_ROOT.parent / 'shared' / 'seeds'
sys.path.insert(0, str(REPO_ROOT / 'tests' / 'tools'))
sys.path.insert(0, str(REPO_ROOT / 'tests' / 'gen' / 'tools'))
from extract_seed_blocks import blocks_of  # noqa: E402
from make_gen_seed_tests import apply_edits, seed_file  # noqa: E402

DIFFTEST = '# RUN: %difftest %s\n'

PY34_LABEL = 'Python 3.4 新增asyncio库 刚开始使用yield from \n'

DRIVE_PY35_CORO = '''
# added: drive the coroutine by hand; `stuff` is not defined yet, so the
# await fails inside the coroutine with NameError; then it is defined as a
# coroutine and awaited
c = py35_coro()
try:
    c.send(None)
except NameError as e:
    print('NameError:', e)


async def stuff():
    print('stuff ran')
    return 'stuff value'


try:
    py35_coro().send(None)
except StopIteration as e:
    print('py35_coro returned', e.value)
'''

DRIVE_PY34 = '''

# added: a generator-based sleep standing in for asyncio.sleep (asyncio is
# not used here), and a native coroutine awaiting the 3.4-style one, driven
# by hand
@types.coroutine
def sleep(seconds):
    slept = yield ('sleep', seconds)
    print('slept', slept)
    return slept


async def main():
    result = await function()
    print('function returned', result)
    return 'main done'


c = main()
print(c.send(None))
try:
    c.send(1.0)
except StopIteration as e:
    print(e.value)
'''

# (stem, seed, block, heading, kind, edits, append, xfail reason, note)
CORO_SEED_TESTS = [
    ('seed002_coro_py35_coro', '002', 7, '### 7. py3.5 从yield from到await', 'run', [], '', None,
     'The block is kept exactly as in the seed: a definition, no output\n'
     '# (the coroutine function is never called).'),
    ('seed002_coro_py35_coro_driven', '002', 7, '### 7. py3.5 从yield from到await', 'run', [],
     DRIVE_PY35_CORO, None,
     'Changed: a driver is appended (the block only defines py35_coro).'),
    ('seed002_coro_sleeping_loop', '002', 10, '### 10.一个例子', 'clock', [], '', None,
     'The block is kept exactly as in the seed.'),
    ('seed003_coro_await_coroutine', '003', 6, '3. 异步函数（即协程）', 'run', [], '', None,
     'The block is kept exactly as in the seed: run() sends None into\n'
     '# await_coroutine(), which awaits async_function() and prints 1.'),
    ('seed003_coro_py34_fixed', '003', 11, '> 异步生成器 (after the third example)', 'run',
     [(PY34_LABEL, 'import types  # Python 3.4 新增asyncio库 刚开始使用yield from\n'),
      ('    yield from', '    yield from sleep(1)')],
     DRIVE_PY34, None,
     'Corrected copy of seed003_py34_label.py (which CPython rejects): the label\n'
     '# line became `import types` and a comment (line numbers unchanged), the\n'
     '# bare `yield from` got an operand, sleep(1), a types.coroutine generator\n'
     '# appended below in place of asyncio.sleep, with a driver.'),
    ('seed004_coro_annotation_nameerror', '004', 9, '##### 5.2 协程函数', 'nameerror', [], '',
     '',
     'The block is kept exactly as in the seed. `func : 协程函数` (a tab after\n'
     '# the colon) is an annotation: CPython evaluates it at module level and\n'
     '# raises NameError'
     " (status 1); `res` is a coroutine never awaited, reported at\n# the end."),
    ('seed004_coro_tasks_no_asyncio', '004', 16, '##### 5.4 task对象 (示例2)', 'nameerror', [], '',
     None,
     'The block is kept exactly as in the seed. asyncio is never imported:\n'
     '# asyncio.run raises NameError (status 1) and main() is never awaited.'),
    ('seed004_coro_wait_no_asyncio', '004', 17, '##### 5.4 task对象 (示例3)', 'nameerror', [], '',
     None,
     'The block is kept exactly as in the seed. asyncio is never imported:\n'
     '# asyncio.run raises NameError (status 1) and the two func() coroutines\n'
     '# are never awaited (CPython reports them once: same message, same place).'),
]

TIMEDELTA = re.compile(r'\b(\d+):(\d\d):(\d\d)(\.\d{6})?\b')


def run_python(python, path, *extra):
    return subprocess.run([python, *extra, str(path)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONHASHSEED='0'), timeout=120)


def filecheck(filecheck_bin, check_file, text, *options):
    done = subprocess.run([filecheck_bin, str(check_file), *options], input=text,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'{check_file.name}: FileCheck {" ".join(options)} fails on CPython\'s output:\n'
                 + done.stderr)


def origin_lines(path, index, block, heading):
    return (f"# Seed {path.name}, code block {index} (lines {block['start']}-{block['end']}),\n"
            f"# under \"{heading}\".\n")


def xfail_lines(reason):
    return f'# XFAIL: *\n# Reason: {reason}\n' if reason else ''


def write_nameerror_test(args, target, run_lines, xfail, header, text):
    """Run CPython on the file without CHECK lines, take them from its stderr
    (they hold no line numbers, so adding them changes nothing they match),
    write them, and check CPython's stderr against them again."""
    def render(checks):
        return run_lines + xfail + header + ''.join(f'# CHECK: {c}\n' for c in checks) + text + '\n'

    target.write_text(render([]), encoding='utf-8')
    done = run_python(args.python, target)
    if done.returncode == 0:
        sys.exit(f'{target.name}: CPython does not fail')
    lines = done.stderr.rstrip('\n').split('\n')
    errors = [l for l in lines if l.startswith('NameError: ')]
    if not errors:
        sys.exit(f'{target.name}: no NameError in CPython\'s stderr:\n{done.stderr}')
    error = re.sub(r'\. Did you mean: .*\?$', '', errors[-1])
    checks = ['{{^}}' + error + ('{{$}}' if error == errors[-1] else '')]
    warnings = []
    for l in lines:
        if l.startswith('sys:1: RuntimeWarning: ') and l not in warnings:
            warnings.append(l)
    checks += ['{{^}}' + w + '{{$}}' for w in warnings]
    target.write_text(render(checks), encoding='utf-8')
    again = run_python(args.python, target)
    if again.returncode != done.returncode:
        sys.exit(f'{target.name}: CPython\'s status changed after writing the CHECK lines')
    filecheck(args.filecheck, target, again.stderr)


def write_clock_test(args, target, path, index, block, heading, note, text):
    """002.10: a SleepingLoop that really sleeps (time.sleep) and prints
    datetime.now() differences, 5 s in all under CPython.

    The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeping moves
    the runtime's clock forward at once instead of blocking:
    runtime/src/stdlib/clock.cpp), CPython runs for real; both outputs are
    checked against the same patterns, made here from CPython's own output:
    - every line, with each printed timedelta reduced to its whole seconds
      (the microseconds vary);
    - lines printed in the same second (a burst of CPython's output, timed
      here as it arrives) may come in any order (CHECK-DAG): which of two
      coroutines due in the same second resumes first depends on
      microseconds; the seconds themselves are in order (a CHECK-NOT barrier
      between them);
    - each countdown's own lines in order (one FileCheck prefix per label);
    - the number of lines; the exit status (0: lit fails a RUN line that
      exits otherwise).
    """
    body = text + '\n'
    # CPython runs the block alone (the file holds no header yet), its
    # output unbuffered so that each line is timed as it is printed.
    proc = subprocess.Popen([args.python, '-u', str(target)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONHASHSEED='0'))
    timed = []
    start = time.monotonic()
    for line in proc.stdout:
        timed.append((time.monotonic() - start, line.rstrip('\n')))
    if proc.wait() != 0:
        sys.exit(f'{target.name}: CPython failed')
    groups = []
    last = None
    for t, line in timed:
        if last is None or t - last > 0.5:
            groups.append([])
        groups[-1].append(line)
        last = t

    def pattern(line):
        return TIMEDELTA.sub(lambda m: f'{m.group(1)}:{m.group(2)}:{m.group(3)}{{{{(\\.[0-9]{{6}})?}}}}', line)

    checks = []
    for k, group in enumerate(groups):
        if k:
            checks.append('# CHECK-NOT: Traceback')
        for line in group:
            checks.append(f'# CHECK-DAG: {pattern(line)}')
    labels = sorted({line.split(' ', 1)[0] for _, line in timed if re.match(r'^[A-Z] ', line)})
    for label in labels:
        for _, line in timed:
            if line.startswith(label + ' '):
                checks.append(f'# TASK{label}: {pattern(line)}')
    n = len(timed)
    prefixes = ['CHECK'] + [f'TASK{label}' for label in labels]
    run = ['# RUN: %python %s > %t.py.out', f'# RUN: count {n} < %t.py.out']
    run += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.py.out' for p in prefixes]
    run += ['# RUN: %pyco2cpp build %s -o %t.prog',
            '# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out',
            f'# RUN: count {n} < %t.prog.out']
    run += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.prog.out' for p in prefixes]
    header = ('\n'.join(run) + '\n' + origin_lines(path, index, block, heading) +
              f'# {note}\n'
              '# It sleeps 5 s in all and prints datetime.now() differences, so the\n'
              '# output is checked against patterns, not compared byte for byte:\n'
              '# CPython runs for real, the compiled program under\n'
              '# PYCO2CPP_VIRTUAL_CLOCK=1 (time.sleep moves the clock forward at once).\n'
              '# Each timedelta must have CPython\'s whole seconds (any microseconds);\n'
              '# lines printed in the same second may come in any order (CHECK-DAG),\n'
              '# the seconds in order; each countdown\'s lines (TASKx) in order; the\n'
              '# line count and the exit status (0) as CPython\'s.\n' +
              '\n'.join(checks) + '\n')
    target.write_text(header + body, encoding='utf-8')
    out = ''.join(line + '\n' for _, line in timed)
    for p in prefixes:
        filecheck(args.filecheck, target, out, '--match-full-lines', f'--check-prefix={p}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default=str(DEFAULT_SEEDS))
    ap.add_argument('--out', default=str(REPO_ROOT / 'tests' / 'seeds'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('--filecheck', default='/usr/lib/llvm-14/bin/FileCheck')
    ap.add_argument('--skip-clock', action='store_true',
                    help='leave the 5-second clock test as it is')
    args = ap.parse_args()
    out_dir = pathlib.Path(args.out)

    for stem, number, index, heading, kind, edits, append, xfail, note in CORO_SEED_TESTS:
        path = seed_file(args.seeds, number)
        block = blocks_of(path)[index]
        text = apply_edits(stem, block['text'], edits) + append
        target = out_dir / (stem + '.py')
        header = origin_lines(path, index, block, heading) + f'# {note}\n'
        if kind == 'run':
            target.write_text(DIFFTEST + xfail_lines(xfail) + header + text + '\n', encoding='utf-8')
            done = run_python(args.python, target)
            if done.returncode != 0:
                sys.exit(f'{stem}: CPython fails:\n{done.stderr}')
        elif kind == 'nameerror':
            run_lines = (DIFFTEST +
                         '# RUN: not %python %s 2> %t.py.err\n'
                         '# RUN: FileCheck %s < %t.py.err\n'
                         '# RUN: %pyco2cpp build %s -o %t.prog\n'
                         '# RUN: not %t.prog 2> %t.prog.err\n'
                         '# RUN: FileCheck %s < %t.prog.err\n')
            header = ('# DIFFTEST: traceback-frames\n# DIFFTEST: stderr-last-line\n' + header +
                      '# Both stderrs must hold the NameError (CPython\'s traceback printer may add\n'
                      '# a "Did you mean" hint: not checked) and the RuntimeWarnings:\n')
            write_nameerror_test(args, target, run_lines, xfail_lines(xfail), header, text)
        elif kind == 'clock':
            if args.skip_clock:
                print(f'skipped {target}')
                continue
            target.write_text(text + '\n', encoding='utf-8')
            write_clock_test(args, target, path, index, block, heading, note, text)
        else:
            sys.exit(f'{stem}: unknown kind {kind}')
        print(f'wrote {target}')


if __name__ == '__main__':
    main()
