#!/usr/bin/env python3
"""Write the coroutine seed tests tests/seeds/seedNNN_coro_*.py.

    make_coro_seed_tests.py [--seeds DIR] [--out tests/seeds] [--python python3]
                            [--filecheck FileCheck] [--skip-clock] [--only STEM...]

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

The asyncio blocks add these kinds (see each write_* function):

  run        as above; with opts {'clock': True} the compiled program runs
             under PYCO2CPP_VIRTUAL_CLOCK=1 (its asyncio.sleep takes no time
             and reads as the time slept; CPython sleeps for real: the output
             does not depend on it), with {'stderr': True} the last line of
             stderr is compared too.
  error      the block fails under CPython 3.11 with an exception (an
             AttributeError for the removed `asyncio.coroutine`, a
             TypeError for asyncio.wait on coroutines): differential (stdout,
             status) and both stderrs must hold the exception line (without
             CPython's "Did you mean" hint) and the RuntimeWarnings.
  shape      output that varies run to run (id(), random sleeps): patterns
             made from CPython's output (numbers become {{[0-9]+}}), checked
             on CPython's output and the compiled program's (virtual clock).
  legacy     the block compiled with --asyncio-legacy, against CPython 3.11
             running it with tests/coro/tools/asyncio_legacy/sitecustomize.py
             first on PYTHONPATH (asyncio as 3.8-3.10 had it): stdout compared
             byte for byte (or its shape, opts {'shape': True}), the status,
             and stderr's DeprecationWarning lines.
  deadlock   the program awaits what nobody completes: CPython hangs. Its
             stdout (captured with a timeout) and the task it waits in (from
             CPython's own task repr) are taken here; the compiled program
             must print the same stdout, report the deadlock on stderr and
             exit with status 1.

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

LEGACY_PRELUDE_DIR = HERE / 'asyncio_legacy'
VIRTUAL_CLOCK = 'env PYCO2CPP_VIRTUAL_CLOCK=1 '

TABBED_PRINT_000_3 = "    \tprint(f'打游戏...{i}')\n"
TABBED_PRINT_004 = "\tprint('test')\n"

DRIVE_PY35_LABEL = """

# added: run it
asyncio.run(function())
print('function done')
"""

DRIVE_PY34_CORO = """

# added: `stuff` as a 3.4-style coroutine too, and a driver
@asyncio.coroutine
def stuff():
    yield from asyncio.sleep(0)
    print('stuff ran')


async def main():
    await py34_coro()
    print('py34_coro done')


asyncio.run(main())
"""

# (stem, seed, block, heading, kind, edits, append, xfail reason, note[, opts])
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

    # ---- asyncio blocks (issue 9)
    ('seed000_asyncio_tabs_fixed', '000', 3, '#### asyncio实现协程', 'run',
     [('import gevent\n', '# import gevent  (dropped: unused here, and gevent is a later issue)\n'),
      (TABBED_PRINT_000_3, "        print(f'打游戏...{i}')\n"),
      ('    async.run(main())', '    asyncio.run(main())')], '', None,
     'Corrected copy of seed000_asyncio_tabs.py (which CPython rejects): the\n'
     '# tab-indented print got spaces, `async.run` became `asyncio.run`, and the\n'
     '# unused `import gevent` became a comment (line numbers unchanged).', {'clock': True}),
    ('seed002_legacy_countdown', '002', 5, '### 6.async和await 是如何运作的', 'error', [], '', None,
     'The block is kept exactly as in the seed. CPython 3.11 has no\n'
     '# asyncio.coroutine: AttributeError at the decorator, status 1.'),
    ('seed002_legacy_countdown_legacy', '002', 5, '### 6.async和await 是如何运作的', 'legacy', [], '', None,
     'The block is kept exactly as in the seed, compiled with --asyncio-legacy.'),
    ('seed002_legacy_py34_coro', '002', 6, '### 7. py3.5 从yield from到await', 'nameerror', [], '', None,
     'The block is kept exactly as in the seed. asyncio is never imported:\n'
     '# NameError at the decorator (under 3.8-3.10 as well), status 1.'),
    ('seed002_legacy_py34_coro_import', '002', 6, '### 7. py3.5 从yield from到await', 'error',
     [('# This also works in Python 3.5.\n', 'import asyncio  # This also works in Python 3.5.\n')],
     DRIVE_PY34_CORO, None,
     'Changed: the comment line also imports asyncio (line numbers unchanged);\n'
     '# `stuff` (a 3.4-style coroutine) and a driver are appended. CPython 3.11:\n'
     '# AttributeError at the first decorator, status 1.'),
    ('seed002_legacy_py34_coro_import_legacy', '002', 6, '### 7. py3.5 从yield from到await', 'legacy',
     [('# This also works in Python 3.5.\n', 'import asyncio  # This also works in Python 3.5.\n')],
     DRIVE_PY34_CORO, None,
     'Changed as seed002_legacy_py34_coro_import.py (asyncio imported on the\n'
     '# comment line, `stuff` and a driver appended), compiled with --asyncio-legacy.'),
    ('seed003_aio_potatos_50', '003', 8, '> 异步生成器', 'shape', [], '', None,
     'The block is kept exactly as in the seed. It prints id() of 50 objects\n'
     '# (unseeded random sleeps between refills), then main() names the undefined\n'
     '# buy_tomatos: NameError, status 1, before asyncio.wait is reached (so\n'
     '# --asyncio-legacy would change nothing), and a buy_potatos() coroutine is\n'
     '# never awaited.'),
    ('seed003_aio_potatos_tomatos', '003', 9, '> 异步生成器', 'error', [], '',
     '',
     'The block is kept exactly as in the seed. CPython 3.11 forbids coroutines\n'
     '# in asyncio.wait: TypeError, status 1; both coroutines are never awaited\n'
     '# (CPython reports them in an order that follows their addresses:\n'
     '# CHECK-DAG). The exception is raised inside asyncio\'s loop: its frames\n'
     '# are not compared (pyco2cpp\'s runtime does not show asyncio\'s own).',
     {'unordered': True, 'frames': False}),
    ('seed003_aio_potatos_tomatos_legacy', '003', 9, '> 异步生成器', 'legacy', [], '', None,
     'The block is kept exactly as in the seed, compiled with --asyncio-legacy:\n'
     '# wait() wraps the two coroutines into tasks. It prints id() of 20 objects\n'
     '# and sleeps at random: its shape is checked (10 potatoes, 10 tomatoes, any\n'
     '# interleaving).', {'shape': True}),
    ('seed003_aio_py35_fixed', '003', 10, '> 异步生成器 (after the third example)', 'run',
     [('Python 3.5\n', 'import asyncio  # Python 3.5\n')], DRIVE_PY35_LABEL, None,
     'Corrected copy of seed003_py35_label.py (which CPython rejects): the label\n'
     '# line became `import asyncio` and a comment (line numbers unchanged), with\n'
     '# a driver appended.', {'clock': True}),
    ('seed003_aio_compute_print_sum', '003', 12, '> 再来一例', 'run', [], '', None,
     'The block is kept exactly as in the seed.', {'clock': True}),
    ('seed004_legacy_decorator', '004', 5, '##### 3.3  asyncio装饰器模块实现协程 py3.4之后', 'error', [], '', None,
     'The block is kept exactly as in the seed. CPython 3.11 has no\n'
     '# asyncio.coroutine: AttributeError at the first decorator, status 1.'),
    ('seed004_legacy_decorator_legacy', '004', 5, '##### 3.3  asyncio装饰器模块实现协程 py3.4之后', 'legacy', [], '', None,
     'The block is kept exactly as in the seed, compiled with --asyncio-legacy.'),
    ('seed004_aio_ensure_future_wait', '004', 6, '##### 1.4 async、await关键字', 'run', [], '', None,
     'The block is kept exactly as in the seed (asyncio.wait on tasks: valid in\n'
     '# 3.11).', {'clock': True}),
    ('seed004_aio_run_prose_fixed', '004', 10, '##### 5.2 协程函数运行', 'run',
     [('python_3.7之后', '# python_3.7之后')], '', None,
     'Corrected copy of seed004_asyncio_run_prose.py (which CPython rejects): the\n'
     '# prose line became a comment. `res` is awaited by run_until_complete,\n'
     '# then asyncio.run(res) reuses it: RuntimeError, status 1.', {'stderr': True}),
    ('seed004_aio_await_tabs_1_fixed', '004', 11, '##### 5.3 await关键字 (示例:1)', 'run',
     [(TABBED_PRINT_004, "    print('test')\n")], '', None,
     'Corrected copy of seed004_await_tabs_1.py: the tab-indented line got four\n'
     '# spaces.', {'clock': True}),
    ('seed004_aio_await_tabs_2_fixed', '004', 12, '##### 5.3 await关键字 (示例：2)', 'run',
     [(TABBED_PRINT_004, "    print('test')\n")], '', None,
     'Corrected copy of seed004_await_tabs_2.py: the tab-indented line got four\n'
     '# spaces.', {'clock': True}),
    ('seed004_aio_await_tabs_3_fixed', '004', 13, '##### 5.3 await关键字 (示例：3)', 'run',
     [(TABBED_PRINT_004, "    print('test')\n")], '', None,
     'Corrected copy of seed004_await_tabs_3.py: the tab-indented line got four\n'
     '# spaces.', {'clock': True}),
    ('seed004_aio_create_task', '004', 15, '##### 5.4 task对象 (示例1)', 'run', [], '', None,
     'The block is kept exactly as in the seed.', {'clock': True}),
    ('seed004_aio_future_colon_fixed', '004', 18, '##### 5.5  asyncio.Future对象 (示例1：)', 'nameerror',
     [('async def main()\n', 'async def main():\n'), ('\t# 获取', '    # 获取')], '', None,
     'Corrected copy of seed004_future_missing_colon.py (which CPython rejects):\n'
     '# the colon added, the tab-indented comment got spaces. asyncio is still\n'
     '# not imported: NameError at asyncio.run, status 1, main() never awaited.'),
    ('seed004_aio_future_never_done', '004', 18, '##### 5.5  asyncio.Future对象 (示例1：)', 'deadlock',
     [('async def main()\n', 'import asyncio\n\n\nasync def main():\n'), ('\t# 获取', '    # 获取')],
     '', None,
     'Corrected copy of seed004_future_missing_colon.py (which CPython rejects):\n'
     '# the colon added, the tab-indented comment got spaces, and `import asyncio`\n'
     '# (and two blank lines) put first: lines are 3 more than the seed\'s.\n'
     '# main() awaits a future nobody completes: CPython waits forever.'),
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


def exception_line(stderr):
    """The exception line of the last traceback in stderr, without the "Did
    you mean" hint CPython's traceback printer adds (pyco2cpp's runtime has
    no such printer): (line, whether it was cut)."""
    lines = stderr.rstrip('\n').split('\n')
    starts = [i for i, l in enumerate(lines) if l == 'Traceback (most recent call last):']
    if not starts:
        return None, False
    for l in lines[starts[-1] + 1:]:
        if l and not l.startswith(' '):
            cut = re.sub(r'\. Did you mean: .*\?$', '', l)
            return cut, cut != l
    return None, False


def warning_checks(stderr, directive='CHECK'):
    """CHECK lines for the `sys:1: RuntimeWarning: ...` lines (each once)."""
    warnings = []
    for l in stderr.rstrip('\n').split('\n'):
        if l.startswith('sys:1: RuntimeWarning: ') and l not in warnings:
            warnings.append(l)
    return [f'# {directive}: {{{{^}}}}{w}{{{{$}}}}\n' for w in warnings]


FRAME = re.compile(r'^  File "([^"]*)", line (\d+), in (.*)$')


def frame_checks(stderr, stem, prefix):
    """The traceback's frames in the test file itself, in order."""
    out = []
    for l in stderr.split('\n'):
        m = FRAME.match(l)
        if m and os.path.basename(m.group(1)) == stem + '.py':
            out.append(f'# {prefix}: {{{{^}}}}  File "{{{{.*}}}}{stem}.py", line {m.group(2)}, in {m.group(3)}{{{{$}}}}\n')
    return out


def write_error_test(args, target, stem, xfail, header, text, opts):
    """The block fails under CPython 3.11 with an exception: difftest (stdout,
    status; the traceback's frames unless opts['frames'] is False, as for
    an exception raised inside asyncio's loop, whose frames pyco2cpp's
    runtime does not show) and the exception line and RuntimeWarnings in
    both stderrs, taken from CPython's stderr here."""
    run_lines = (DIFFTEST +
                 '# RUN: not %python %s 2> %t.py.err\n'
                 '# RUN: FileCheck %s < %t.py.err\n'
                 '# RUN: %pyco2cpp build %s -o %t.prog\n'
                 '# RUN: not %t.prog 2> %t.prog.err\n'
                 '# RUN: FileCheck %s < %t.prog.err\n')
    if opts.get('frames', True):
        run_lines += '# DIFFTEST: traceback-frames\n'

    def render(checks):
        return run_lines + xfail + header + ''.join(checks) + text + '\n'

    target.write_text(render([]), encoding='utf-8')
    done = run_python(args.python, target)
    if done.returncode == 0:
        sys.exit(f'{target.name}: CPython does not fail')
    error, cut = exception_line(done.stderr)
    if error is None:
        sys.exit(f'{target.name}: no traceback in CPython\'s stderr:\n{done.stderr}')
    directive = 'CHECK-DAG' if opts.get('unordered') else 'CHECK'
    checks = ['# CHECK: {{^}}' + error + ('' if cut else '{{$}}') + '\n']
    checks += warning_checks(done.stderr, directive)
    target.write_text(render(checks), encoding='utf-8')
    again = run_python(args.python, target)
    if again.returncode != done.returncode:
        sys.exit(f'{target.name}: CPython\'s status changed after writing the CHECK lines')
    filecheck(args.filecheck, target, again.stderr)


NUMBER = re.compile(r'\d+')


def shape_checks(stdout):
    """Each distinct line shape (numbers as {{[0-9]+}}) with the number of
    lines of that shape: one FileCheck prefix per shape, CHECK-COUNT-n, so
    that lines of different shapes may interleave in any order."""
    shapes = {}
    for line in stdout.rstrip('\n').split('\n') if stdout else []:
        shape = NUMBER.sub('{{[0-9]+}}', line)
        shapes[shape] = shapes.get(shape, 0) + 1
    prefixes, checks = [], []
    for k, (shape, n) in enumerate(shapes.items()):
        prefix = f'OUT{k + 1}'
        prefixes.append(prefix)
        checks.append(f'# {prefix}-COUNT-{n}: {shape}\n')
    return prefixes, checks


def converge(target, head, text, run, analyze):
    """Write a test whose CHECK lines hold line numbers of the file itself:
    the RUN lines and `head` first, then the block, then the CHECK lines (so
    that they move no line of the block). `run(path)` runs CPython on the
    file, `analyze(result)` gives (RUN lines, CHECK lines). CPython first runs
    the bare block (for the RUN lines, which do not depend on line numbers),
    then the finished file until its CHECK lines are its own output's."""
    target.write_text(text + '\n', encoding='utf-8')
    runs, checks = analyze(run(target))

    def render(runs, checks):
        return '\n'.join(runs) + '\n' + head + text + '\n' + ''.join(checks)

    for _ in range(3):
        target.write_text(render(runs, checks), encoding='utf-8')
        result = run(target)
        new_runs, new_checks = analyze(result)
        if new_runs != runs:
            sys.exit(f'{target.name}: CPython\'s output changed its RUN lines:\n{new_runs}\n{runs}')
        if new_checks == checks:
            return result
        checks = new_checks
    sys.exit(f'{target.name}: CHECK lines do not settle')


def shape_err_checks(result, stem):
    """stderr of a failing run: the frames in this file, the exception line,
    the RuntimeWarnings."""
    err = frame_checks(result.stderr, stem, 'ERR')
    error, cut = exception_line(result.stderr)
    if error is None:
        sys.exit(f'{stem}: no traceback in CPython\'s stderr:\n{result.stderr}')
    err.append('# ERR: {{^}}' + error + ('' if cut else '{{$}}') + '\n')
    err += [c.replace('# CHECK:', '# ERR:') for c in warning_checks(result.stderr)]
    return err


def check_result(args, target, result, prefixes, has_err):
    for p in prefixes:
        filecheck(args.filecheck, target, result.stdout, '--match-full-lines', f'--check-prefix={p}')
    if has_err:
        filecheck(args.filecheck, target, result.stderr, '--check-prefix=ERR')


def write_shape_test(args, target, stem, xfail, header, text):
    """003.8: id() of objects, unseeded random sleeps, then an exception.
    CPython's stdout gives the shapes and the line count; its stderr the
    traceback's frames in this file, the exception line and the
    RuntimeWarnings. The compiled program runs under the virtual clock."""
    def analyze(done):
        status_not = 'not ' if done.returncode else ''
        n = len(done.stdout.splitlines())
        prefixes, checks = shape_checks(done.stdout)
        err = shape_err_checks(done, stem) if done.returncode else []
        runs = [f'# RUN: {status_not}%python %s > %t.py.out 2> %t.py.err', f'# RUN: count {n} < %t.py.out']
        runs += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.py.out' for p in prefixes]
        if err:
            runs.append('# RUN: FileCheck %s --check-prefix=ERR < %t.py.err')
        runs += ['# RUN: %pyco2cpp build %s -o %t.prog',
                 f'# RUN: {status_not}env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err',
                 f'# RUN: count {n} < %t.prog.out']
        runs += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.prog.out' for p in prefixes]
        if err:
            runs.append('# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err')
        return runs, checks + err

    head = (xfail + header +
            '# Its output varies (id(), random sleeps): each line\'s shape (numbers\n'
            '# as {{[0-9]+}}) with CPython\'s count of lines of that shape, the line\n'
            '# count and the status; the traceback\'s frames, the exception line and\n'
            '# the RuntimeWarnings on stderr (CHECK lines at the end). CPython runs for\n'
            '# real, the compiled program under PYCO2CPP_VIRTUAL_CLOCK=1.\n')
    result = converge(target, head, text, lambda t: run_python(args.python, t), analyze)
    check_result(args, target, result, shape_checks(result.stdout)[0], result.returncode != 0)


def run_legacy_python(python, path):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONPATH=str(LEGACY_PRELUDE_DIR))
    return subprocess.run([python, str(path)], capture_output=True, text=True, env=env, timeout=120)


def write_legacy_test(args, target, stem, xfail, header, text, opts):
    """The block compiled with --asyncio-legacy. The oracle is CPython 3.11
    with tests/coro/tools/asyncio_legacy/sitecustomize.py imported first
    (asyncio as 3.8-3.10 had it), at generation time for the CHECK lines and
    again in every test run: stdout byte for byte (or its shape, with
    opts['shape']), the status, stderr's DeprecationWarning lines (each with
    the source line CPython shows under it) and exception line, and, when
    the program succeeds, stderr's line count (nothing else printed)."""
    shape = opts.get('shape')

    def analyze(done):
        status_not = 'not ' if done.returncode else ''
        err_lines = done.stderr.rstrip('\n').split('\n') if done.stderr else []
        err = []
        for i, l in enumerate(err_lines):
            m = re.match(r'^(.*)/' + re.escape(stem) + r'\.py:(\d+): (DeprecationWarning: .*)$', l)
            if m:
                err.append(f'# ERR: {{{{^}}}}{{{{.*}}}}/{stem}.py:{m.group(2)}: {m.group(3)}{{{{$}}}}\n')
                err.append(f'# ERR-NEXT: {{{{^}}}}{err_lines[i + 1]}{{{{$}}}}\n')
        if done.returncode:
            err += shape_err_checks(done, stem)
        n_err = len(err_lines)
        prelude = '%srcdir/tests/coro/tools/asyncio_legacy'
        runs = [f'# RUN: {status_not}env PYTHONPATH={prelude} %python %s > %t.py.out 2> %t.py.err']
        prefixes, checks = [], []
        if shape:
            n = len(done.stdout.splitlines())
            prefixes, checks = shape_checks(done.stdout)
            runs.append(f'# RUN: count {n} < %t.py.out')
            runs += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.py.out' for p in prefixes]
        if err:
            runs.append('# RUN: FileCheck %s --check-prefix=ERR < %t.py.err')
        if not done.returncode:
            runs.append(f'# RUN: count {n_err} < %t.py.err')
        runs += ['# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog',
                 f'# RUN: {status_not}env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err']
        if shape:
            runs.append(f'# RUN: count {n} < %t.prog.out')
            runs += [f'# RUN: FileCheck %s --match-full-lines --check-prefix={p} < %t.prog.out' for p in prefixes]
        else:
            runs.append('# RUN: diff %t.py.out %t.prog.out')
        if err:
            runs.append('# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err')
        if not done.returncode:
            runs.append(f'# RUN: count {n_err} < %t.prog.err')
        return runs, checks + err

    head = (xfail + header +
            '# Legacy run: pyco2cpp build --asyncio-legacy, against CPython 3.11 with\n'
            '# tests/coro/tools/asyncio_legacy/sitecustomize.py imported first (asyncio as\n'
            '# 3.8-3.10 had it: there is no such interpreter here). The compiled program\n'
            '# runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeps take no time).\n' +
            ('# stdout: each line\'s shape (numbers as {{[0-9]+}}) and count.\n' if shape
             else '# stdout byte for byte (diff).\n') +
            '# stderr (CHECK lines at the end): the DeprecationWarnings 3.10 showed,\n'
            '# with their source lines; the exception line if it fails, else its\n'
            '# line count (nothing else printed).\n')
    result = converge(target, head, text, lambda t: run_legacy_python(args.python, t), analyze)
    has_err = result.returncode != 0 or 'DeprecationWarning' in result.stderr
    check_result(args, target, result, shape_checks(result.stdout)[0] if shape else [], has_err)


WATCHDOG = """import asyncio, os, sys
from asyncio import base_events
_run_forever = base_events.BaseEventLoop.run_forever
def run_forever(self):
    def report():
        sys.stdout.flush()
        for t in asyncio.all_tasks(self):
            sys.stderr.write('WATCHDOG ' + repr(t) + '\\n')
        sys.stderr.flush()
        os._exit(99)
    self.call_later({timeout}, report)
    return _run_forever(self)
base_events.BaseEventLoop.run_forever = run_forever
"""

DEADLOCK_REPORT = ('pyco2cpp: the event loop can never wake up: nothing is ready to run, no timer is '
                   'pending, and nothing else can wake it (CPython would wait here forever)')


class Hung:
    def __init__(self, stdout, stderr):
        self.stdout, self.stderr, self.returncode = stdout, stderr, None


def run_hanging(python, path, timeout):
    """CPython on a program that waits forever: its stdout (unbuffered)
    after `timeout` seconds, and, from a second run with a watchdog imported
    first (sitecustomize in a temporary directory: a loop timer `timeout`
    seconds ahead that prints each pending task's repr and ends the
    process), where each task waits, as CPython's own repr shows it."""
    import tempfile
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        subprocess.run([python, '-u', str(path)], capture_output=True, text=True, env=env, timeout=timeout)
        sys.exit(f'{path.name}: CPython did not hang')
    except subprocess.TimeoutExpired as e:
        stdout = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or '')
    with tempfile.TemporaryDirectory() as d:
        pathlib.Path(d, 'sitecustomize.py').write_text(WATCHDOG.format(timeout=timeout))
        watched = subprocess.run([python, str(path)], capture_output=True, text=True,
                                 env=dict(env, PYTHONPATH=d), timeout=timeout + 60)
    if watched.returncode != 99 or watched.stdout != stdout:
        sys.exit(f'{path.name}: the watchdog run differs: {watched.returncode}\n{watched.stderr}')
    return Hung(stdout, watched.stderr)


def write_deadlock_test(args, target, stem, xfail, header, text, timeout=3):
    """004.18 fixed: CPython waits forever (run_hanging). The compiled
    program must print the same stdout, then the deadlock report on stderr
    (the runtime's first line, then each task: its name and where its
    coroutine waits, from CPython's repr), and fail."""
    def analyze(hung):
        tasks = []
        for l in hung.stderr.splitlines():
            m = re.match(r"^WATCHDOG <Task pending name=('[^']*') coro=<(.*) running at (.*):(\d+)>", l)
            if not m:
                sys.exit(f'{target.name}: unexpected watchdog line {l!r}')
            if os.path.basename(m.group(3)) != stem + '.py':
                sys.exit(f'{target.name}: a task waits outside the program: {l!r}')
            tasks.append(f"# ERR-NEXT: {{{{^}}}}  {m.group(1)} waits at {m.group(2)} running at "
                         f"{{{{.*}}}}/{stem}.py:{m.group(4)}{{{{$}}}}\n")
        if not tasks:
            sys.exit(f'{target.name}: no pending task')
        n = len(hung.stdout.splitlines())
        checks = [f'# OUT: {l}\n' for l in hung.stdout.splitlines()]
        runs = ['# RUN: %pyco2cpp build %s -o %t.prog',
                '# RUN: not %t.prog > %t.prog.out 2> %t.prog.err',
                f'# RUN: count {n} < %t.prog.out']
        if checks:
            runs.append('# RUN: FileCheck %s --match-full-lines --strict-whitespace --check-prefix=OUT'
                        ' < %t.prog.out')
        runs += ['# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err',
                 f'# RUN: count {1 + len(tasks)} < %t.prog.err']
        return runs, checks + [f'# ERR: {{{{^}}}}{DEADLOCK_REPORT}{{{{$}}}}\n'] + tasks

    head = (xfail + header +
            f'# CPython hangs here. Its stdout, captured with a {timeout} s timeout, is\n'
            '# the expected stdout; where each task waits comes from CPython\'s own\n'
            '# task repr (a watchdog timer printed it). The compiled program must\n'
            '# report the deadlock on stderr (runtime/src/loop/event_loop.cpp,\n'
            '# report_deadlock) with those tasks, and fail (CHECK lines at the end).\n')
    converge(target, head, text, lambda t: run_hanging(args.python, t, timeout), analyze)


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
    ap.add_argument('--only', nargs='*', help='write only these tests (file stems)')
    args = ap.parse_args()
    out_dir = pathlib.Path(args.out)

    for entry in CORO_SEED_TESTS:
        stem, number, index, heading, kind, edits, append, xfail, note = entry[:9]
        opts = entry[9] if len(entry) > 9 else {}
        if args.only and stem not in args.only:
            continue
        path = seed_file(args.seeds, number)
        block = blocks_of(path)[index]
        text = apply_edits(stem, block['text'], edits) + append
        target = out_dir / (stem + '.py')
        header = origin_lines(path, index, block, heading) + f'# {note}\n'
        if kind == 'run':
            run_line = DIFFTEST
            if opts.get('clock'):
                run_line = '# RUN: ' + VIRTUAL_CLOCK + '%difftest %s\n'
                header += ('# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep\n'
                           '# takes no time; CPython sleeps for real): what it prints does not\n'
                           '# depend on time.\n')
            if opts.get('stderr'):
                run_line += '# DIFFTEST: stderr-last-line\n'
            target.write_text(run_line + xfail_lines(xfail) + header + text + '\n', encoding='utf-8')
            done = run_python(args.python, target)
            if (done.returncode != 0) != bool(opts.get('stderr')):
                sys.exit(f'{stem}: CPython status {done.returncode}:\n{done.stderr}')
        elif kind == 'error':
            write_error_test(args, target, stem, xfail_lines(xfail), header, text, opts)
        elif kind == 'shape':
            write_shape_test(args, target, stem, xfail_lines(xfail), header, text)
        elif kind == 'legacy':
            write_legacy_test(args, target, stem, xfail_lines(xfail), header, text, opts)
        elif kind == 'deadlock':
            write_deadlock_test(args, target, stem, xfail_lines(xfail), header, text)
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
