#!/usr/bin/env python3
"""Write tests/seeds/ from the seed documents: one test file per code block.

    make_seed_tests.py [--seeds DIR] [--out tests/seeds] [--python python3]

The seed documents are read from --seeds, by default ../shared/seeds beside
the repository (that is, REPO/../shared/seeds).

Each entry of SEED_TESTS names a block (seed number and block index, as
listed by extract_seed_blocks.py) and how it is tested:

  run      a differential test (`# RUN: %difftest %s`): CPython and the
           compiled program must print the same and exit the same way.
  reject   CPython rejects the block at compile time; the test checks that
           pyco2cpp rejects it with CPython's message, line and column. The
           expected diagnostic is computed here by compiling the finished
           file with the reference CPython, never written by hand.
  fixed    the corrected copy of a rejected block (a differential test); the
           entry carries the replacement text and a note saying what changed.
  unsupported  CPython compiles the block, but it imports a module the
           runtime does not provide; the test checks that pyco2cpp rejects
           that import, at the place CPython's own ast gives it.

The block text is copied byte for byte (tabs included) after a few comment
lines; blocks that are not tests, or that need generators / async /
greenlet (a later issue), are listed in tests/seeds/README.md instead.
"""
import argparse
import ast
import os
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_seed_blocks import blocks_of  # noqa: E402

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
DEFAULT_SEEDS = REPO_ROOT.parent / 'shared' / 'seeds'

# (file stem, seed, block, kind, heading the block sits under, fix)
# fix is (regex, replacement, note) for `fixed` entries, the module pyco2cpp
# lacks for `unsupported` entries, else None.
SEED_TESTS = [
    ('seed000_dis_undefined_name', '000', 0, 'unsupported', '##### 函数是如何执行的', 'dis'),
    ('seed000_gevent_tabs', '000', 2, 'reject', '#### gevent实现协程', None),
    ('seed000_asyncio_tabs', '000', 3, 'reject', '#### asyncio实现协程', None),
    ('seed000_url_task_docstring', '000', 4, 'run', '#### asyncio实现协程', None),
    ('seed002_eager_range', '002', 0, 'run', '### 1.创建一个整数列表', None),
    ('seed002_yield_from_prose', '002', 4, 'reject', '### 4 生成器（提升，不明白）', None),
    ('seed002_print_ab_py2', '002', 14, 'reject',
     '## 三. 第三篇文章内容(摘自廖雪峰老师) (比如子程序A、B：)', None),
    ('seed002_print_ab_py2_fixed', '002', 14, 'fixed',
     '## 三. 第三篇文章内容(摘自廖雪峰老师) (比如子程序A、B：)',
     (r"print '([^']*)'", r"print('\1')",
      "Python 2 print statements `print 'x'` became calls `print('x')`.")),
    ('seed003_plain_function', '003', 0, 'run', '> 普通函数', None),
    ('seed003_function_def', '003', 4, 'run', '1. 普通函数', None),
    ('seed003_py35_label', '003', 10, 'reject', '> 异步生成器 (after the third example)', None),
    ('seed003_py34_label', '003', 11, 'reject', '> 异步生成器 (after the third example)', None),
    ('seed004_greenlet_arrows', '004', 3, 'reject', '##### 3.1 greenlet 实现协程', None),
    ('seed004_asyncio_run_prose', '004', 10, 'reject', '##### 5.2 协程函数运行', None),
    ('seed004_await_tabs_1', '004', 11, 'reject', '##### 5.3 await关键字 (示例:1)', None),
    ('seed004_await_tabs_2', '004', 12, 'reject', '##### 5.3 await关键字 (示例：2)', None),
    ('seed004_await_tabs_3', '004', 13, 'reject', '##### 5.3 await关键字 (示例：3)', None),
    ('seed004_future_missing_colon', '004', 18, 'reject', '##### 5.5  asyncio.Future对象 (示例1：)', None),
]


# Corrected copies of rejected blocks written by the other seed generators
# (their blocks need generators or coroutines): reject stem -> (file, script).
FIXED_ELSEWHERE = {
    'seed002_yield_from_prose': ('seed002_gen_yield_from_fixed.py',
                                 'tests/gen/tools/make_gen_seed_tests.py'),
    'seed003_py34_label': ('seed003_coro_py34_fixed.py',
                           'tests/coro/tools/make_coro_seed_tests.py'),
    'seed000_asyncio_tabs': ('seed000_asyncio_tabs_fixed.py',
                             'tests/coro/tools/make_coro_seed_tests.py'),
    'seed003_py35_label': ('seed003_aio_py35_fixed.py',
                           'tests/coro/tools/make_coro_seed_tests.py'),
    'seed004_asyncio_run_prose': ('seed004_aio_run_prose_fixed.py',
                                  'tests/coro/tools/make_coro_seed_tests.py'),
    'seed004_await_tabs_1': ('seed004_aio_await_tabs_1_fixed.py',
                             'tests/coro/tools/make_coro_seed_tests.py'),
    'seed004_await_tabs_2': ('seed004_aio_await_tabs_2_fixed.py',
                             'tests/coro/tools/make_coro_seed_tests.py'),
    'seed004_await_tabs_3': ('seed004_aio_await_tabs_3_fixed.py',
                             'tests/coro/tools/make_coro_seed_tests.py'),
    'seed004_future_missing_colon': ('seed004_aio_future_colon_fixed.py and\n# seed004_aio_future_never_done.py',
                                     'tests/coro/tools/make_coro_seed_tests.py'),
    'seed000_gevent_tabs': ('seed000_gevent_tabs_fixed.py',
                            'tests/greenlet/tools/make_greenlet_seed_tests.py'),
    'seed004_greenlet_arrows': ('seed004_greenlet_arrows_fixed.py',
                                'tests/greenlet/tools/make_greenlet_seed_tests.py'),
}


def seed_file(seed_dir, number):
    matches = sorted(pathlib.Path(seed_dir).glob(number + '_*.txt'))
    if len(matches) != 1:
        sys.exit(f'seed {number}: expected one file, found {matches}')
    return matches[0]


def cpython_error(python, path):
    """(kind, message, line, column) of CPython's compile error, or None."""
    probe = (
        'import sys\n'
        'src = open(sys.argv[1], encoding="utf-8").read()\n'
        'try:\n'
        '    compile(src, sys.argv[1], "exec")\n'
        'except SyntaxError as e:\n'
        '    print(type(e).__name__); print(e.msg); print(e.lineno); print(e.offset)\n')
    out = subprocess.run([python, '-c', probe, str(path)], capture_output=True,
                         text=True, check=True).stdout.split('\n')
    if not out[0]:
        return None
    return out[0], out[1], int(out[2]), int(out[3])


def import_place(path, module):
    """(line, column) where the first import of `module` in the file is
    reported: the alias of an `import`, the statement of a `from ... import`."""
    tree = ast.parse(path.read_text(encoding='utf-8'))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    return alias.lineno, alias.col_offset + 1
        elif isinstance(node, ast.ImportFrom) and node.module == module:
            return node.lineno, node.col_offset + 1
    return None


def main():
    ap = argparse.ArgumentParser()
    here = pathlib.Path(__file__).resolve().parent
    ap.add_argument('--seeds', default=str(DEFAULT_SEEDS))
    ap.add_argument('--out', default=str(here.parent / 'seeds'))
    ap.add_argument('--python', default='python3')
    args = ap.parse_args()
    out_dir = pathlib.Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)

    for stem, number, index, kind, heading, fix in SEED_TESTS:
        path = seed_file(args.seeds, number)
        block = blocks_of(path)[index]
        text = block['text']
        origin = (f"# Seed {path.name}, code block {index} (lines {block['start']}-{block['end']}),\n"
                  f"# under \"{heading}\".\n")
        target = out_dir / (stem + '.py')
        if kind == 'run':
            header = '# RUN: %difftest %s\n' + origin + '# The block is kept exactly as in the seed.\n'
            target.write_text(header + text + '\n', encoding='utf-8')
        elif kind == 'fixed':
            pattern, replacement, note = fix
            fixed_text, count = re.subn(pattern, replacement, text)
            if count == 0:
                sys.exit(f'{stem}: fix does not apply')
            header = ('# RUN: %difftest %s\n' + origin +
                      f'# Corrected copy of {stem[:-len("_fixed")]}.py, which CPython rejects.\n'
                      f'# Fixed: {note}\n')
            target.write_text(header + fixed_text + '\n', encoding='utf-8')
            if cpython_error(args.python, target) is not None:
                sys.exit(f'{stem}: the corrected copy still does not compile')
        elif kind == 'reject':
            if any(s == stem + '_fixed' for s, *_ in SEED_TESTS):
                fixed_note = f'# Its corrected copy is {stem}_fixed.py.\n'
            elif stem in FIXED_ELSEWHERE:
                fixed_file, script = FIXED_ELSEWHERE[stem]
                fixed_note = f'# Its corrected copy is {fixed_file} (written by\n# {script}).\n'
            else:
                fixed_note = ('# Its corrected copy needs generators/async/greenlet: a later issue\n'
                              '# (tests/seeds/README.md).\n')

            def render(check_line):
                return ('# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s\n' + origin +
                        '# CPython 3.11 rejects this block; pyco2cpp must report the same error\n'
                        '# at the same place. The block is kept exactly as in the seed.\n' +
                        fixed_note + check_line + '\n' + text + '\n')

            # Header length does not depend on the CHECK text: write once to
            # let CPython find the error, then again with the real CHECK.
            target.write_text(render('# CHECK: placeholder'), encoding='utf-8')
            error = cpython_error(args.python, target)
            if error is None:
                sys.exit(f'{stem}: CPython accepts this block; it is not a reject test')
            err_kind, message, line, column = error
            shown = message if err_kind == 'SyntaxError' else f'{err_kind}: {message}'
            target.write_text(render(f'# CHECK: {stem}.py:{line}:{column}: error: {shown}'),
                              encoding='utf-8')
            if cpython_error(args.python, target) != error:
                sys.exit(f'{stem}: error moved after writing the CHECK line')
        elif kind == 'unsupported':
            module = fix

            def render(check_line):
                return ('# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s\n' + origin +
                        f'# CPython 3.11 compiles this block, but it imports {module}, which the\n'
                        '# runtime does not provide: pyco2cpp must reject that import where it\n'
                        '# is written. The block is kept exactly as in the seed.\n' +
                        check_line + '\n' + text + '\n')

            target.write_text(render('# CHECK: placeholder'), encoding='utf-8')
            if cpython_error(args.python, target) is not None:
                sys.exit(f'{stem}: CPython rejects this block; it is a reject test')
            place = import_place(target, module)
            if place is None:
                sys.exit(f'{stem}: the block does not import {module}')
            line, column = place
            target.write_text(render(
                f"# CHECK: {stem}.py:{line}:{column}: error: unsupported: "
                f"module '{module}' is not available in pyco2cpp"), encoding='utf-8')
        else:
            sys.exit(f'{stem}: unknown kind {kind}')
        print(f'wrote {target}')


if __name__ == '__main__':
    main()
