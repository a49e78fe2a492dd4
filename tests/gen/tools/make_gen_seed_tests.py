#!/usr/bin/env python3
"""Write the generator seed tests tests/seeds/seedNNN_gen_*.py (issue 3).

    make_gen_seed_tests.py [--seeds DIR] [--out tests/seeds] [--python python3]

The seed documents are read from --seeds, by default ../shared/seeds beside
the repository (that is, REPO/../shared/seeds).

Each entry of GEN_SEED_TESTS names a seed code block (as listed by
tests/tools/extract_seed_blocks.py) and the edits of its copy. Edits are
(old, new) literal replacements that must each apply exactly once; an empty
list keeps the block byte for byte. `append` adds lines after the block.
Expectations are never written here: the tests are differential (CPython is
the oracle) except the one FileCheck test whose output holds an address.
"""
import argparse
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent.parent
DEFAULT_SEEDS = REPO_ROOT.parent / 'shared' / 'seeds'
sys.path.insert(0, str(HERE.parent.parent / 'tools'))
from extract_seed_blocks import blocks_of  # noqa: E402

XFAIL = ''  # the generator lowering has landed: every test runs
DIFFTEST = '# RUN: %difftest %s\n'
PROSE_002_4 = ('直到PEP 380', 'yield from 通过让重构', '总结', 'Python 2.2 中的生成器')

# (stem, seed, block, heading, edits, append, extra header lines, note)
GEN_SEED_TESTS = [
    ('seed000_gen_work1_work2', '000', 1, '#### 使用生成器实现多任务', [], '', '',
     'Nothing is called, so nothing is printed. work2 mixes tabs and spaces\n'
     '# in a way CPython accepts (no TabError).'),
    ('seed000_gen_work1_work2_main', '000', 1, '#### 使用生成器实现多任务', [],
     '\nmain()  # added: the block defines main() but never calls it\n', '',
     'Changed: a call to main() is appended; work1 and work2 alternate until\n'
     '# work1 raises StopIteration after 1000 steps (calc_time is never used).'),
    ('seed001_gen_consumer_producer', '001', 0, '* ## yield实现协程', [], '', '',
     'The block is kept exactly as in the seed (ANSI colour escapes included).'),
    ('seed002_gen_lazy_range', '002', 1, '### 2. 原生成器', [], '', '',
     'The block is kept exactly as in the seed: a definition, no output.'),
    ('seed002_gen_lazy_range_used', '002', 1, '### 2. 原生成器', [],
     '\n# added: use the generator\nprint(list(lazy_range(5)), sum(lazy_range(101)))\n'
     'it = lazy_range(2)\nprint(next(it), next(it), next(it, "exhausted"))\n', '',
     'Changed: a few calls are appended (the block only defines lazy_range).'),
    ('seed002_gen_jumping_range', '002', 3, '### 3.生成器（提升）', [], '', '',
     'The block is kept exactly as in the seed.'),
    ('seed002_gen_yield_from_fixed', '002', 4, '### 4 生成器（提升，不明白）', 'prose', '', '',
     'Corrected copy of seed002_yield_from_prose.py (which CPython rejects):\n'
     '# the prose lines became comments, so line numbers are unchanged. It prints\n'
     '# 42 and 84 (bottom/middle/top); lazy_range is defined but not called.'),
    ('seed002_gen_gratuitous_refactor', '002', 4, '### 4 生成器（提升，不明白）', 'prose',
     '\n# added: call the refactored lazy_range\nfor i in lazy_range(3):\n    print(i)\n',
     '# DIFFTEST: stderr-last-line\n',
     'Changed: the prose lines became comments and a call of lazy_range is\n'
     '# appended. gratuitous_refactor assigns `index += 1`, which makes index\n'
     '# local to it: CPython raises UnboundLocalError at the first comparison\n'
     '# (after printing 42 and 84), exit status 1. Ours must do the same.'),
    ('seed002_gen_producer_consumer_py2', '002', 16,
     '## 三. 第三篇文章内容(摘自廖雪峰老师)', [], '', '# DIFFTEST: stderr-last-line\n',
     'The block is kept exactly as in the seed. `c.next()` is Python 2: CPython 3\n'
     "# raises AttributeError: 'generator' object has no attribute 'next' (status 1)."),
    ('seed002_gen_producer_consumer_fixed', '002', 16,
     '## 三. 第三篇文章内容(摘自廖雪峰老师)',
     [('    c.next()', '    next(c)'),
      ('        time.sleep(1)', '        pass  # time.sleep(1) removed: the test must not wait 5 s')],
     '', '',
     'Changed: `c.next()` (Python 2) became `next(c)`, and the one-second sleep\n'
     '# per item became `pass`. CPython then prints exactly the output listing\n'
     '# that follows the block in the document (block 17), checked when this\n'
     '# file was written.'),
    ('seed003_gen_generator_def', '003', 5, '2. 生成器函数', [], '', '',
     'The block is kept exactly as in the seed: a definition, no output.'),
    ('seed003_gen_consumer_producer_status', '003', 2, '> 生产者－消费者的协程', [], '', '',
     'The block is kept exactly as in the seed.'),
    ('seed003_gen_take_potatos_bounded', '003', 7, '> 先介绍同步生成器',
     [('import asyncio\n', '# import asyncio  (unused; removed so the test needs only generators)\n'),
      ('take_potatos(50)', 'take_potatos(5)'),
      ('        bucket.append(p)\n',
       '        bucket.append(p)\n'
       '        print("bought", type(p).__name__, len(bucket), "left", len(all_potatos))  # added\n')],
     '', '',
     'Changed (a bounded copy): the block asks take_potatos(50) of 5 potatoes and\n'
     '# then spins forever in time.sleep(.1) once they run out; this copy asks for\n'
     '# 5, prints each purchase, and drops the unused `import asyncio`.'),
    ('seed004_gen_func1_func2', '004', 4, '##### 3.2 yiled关键字实现协程', [], '', '',
     'The block is kept exactly as in the seed.'),
]

# seed 003 block 1 prints a generator object: its address differs per run.
PRINT_OBJECT = ('seed003_gen_print_generator_object', '003', 1, '> yield 函数')


def seed_file(seed_dir, number):
    matches = sorted(pathlib.Path(seed_dir).glob(number + '_*.txt'))
    if len(matches) != 1:
        sys.exit(f'seed {number}: expected one file, found {matches}')
    return matches[0]


def comment_out_prose(text):
    lines = text.split('\n')
    count = 0
    for i, line in enumerate(lines):
        if line.startswith(PROSE_002_4):
            lines[i] = '# ' + line
            count += 1
    if count != len(PROSE_002_4):
        sys.exit(f'block 002.4: expected {len(PROSE_002_4)} prose lines, found {count}')
    return '\n'.join(lines)


def apply_edits(stem, text, edits):
    if edits == 'prose':
        return comment_out_prose(text)
    for old, new in edits:
        if text.count(old) != 1:
            sys.exit(f'{stem}: edit {old!r} applies {text.count(old)} times, not once')
        text = text.replace(old, new)
    return text


def run_python(python, path):
    return subprocess.run([python, str(path)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONHASHSEED='0'), timeout=60)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default=str(DEFAULT_SEEDS))
    ap.add_argument('--out', default=str(REPO_ROOT / 'tests' / 'seeds'))
    ap.add_argument('--python', default='python3')
    args = ap.parse_args()
    out_dir = pathlib.Path(args.out)

    for stem, number, index, heading, edits, append, extra, note in GEN_SEED_TESTS:
        path = seed_file(args.seeds, number)
        block = blocks_of(path)[index]
        text = apply_edits(stem, block['text'], edits) + append
        header = (DIFFTEST + XFAIL + extra +
                  f"# Seed {path.name}, code block {index} (lines {block['start']}-{block['end']}),\n"
                  f"# under \"{heading}\".\n# {note}\n")
        target = out_dir / (stem + '.py')
        target.write_text(header + text + '\n', encoding='utf-8')
        print(f'wrote {target}')

    # The fixed producer/consumer must print the document's own listing.
    listing = blocks_of(seed_file(args.seeds, '002'))[17]['text'].strip('\n') + '\n'
    fixed = run_python(args.python, out_dir / 'seed002_gen_producer_consumer_fixed.py')
    if fixed.returncode != 0 or fixed.stdout != listing:
        sys.exit('seed002_gen_producer_consumer_fixed: CPython output differs from the '
                 'listing in the document:\n' + fixed.stdout)

    stem, number, index, heading = PRINT_OBJECT
    path = seed_file(args.seeds, number)
    block = blocks_of(path)[index]
    header = ('# RUN: %python %s | FileCheck %s\n'
              '# RUN: %pyco2cpp build %s -o %t && %t | FileCheck %s\n' + XFAIL +
              f"# Seed {path.name}, code block {index} (lines {block['start']}-{block['end']}),\n"
              f"# under \"{heading}\".\n"
              '# The block is kept exactly as in the seed. It prints a generator object,\n'
              '# whose address changes from run to run: both CPython and the compiled\n'
              '# program are checked against the same pattern instead of each other.\n'
              '# Creating the generator runs nothing, so `good` is never printed.\n'
              '# CHECK-NOT: good\n'
              '# CHECK: {{^}}<generator object consumer at 0x{{[0-9a-f]+}}>{{$}}\n'
              '# CHECK-NOT: {{.}}\n')
    target = out_dir / (stem + '.py')
    target.write_text(header + block['text'] + '\n', encoding='utf-8')
    print(f'wrote {target}')


if __name__ == '__main__':
    main()
