#!/usr/bin/env python3
"""Write the greenlet/gevent seed tests into tests/seeds/.

    make_greenlet_seed_tests.py [--seeds DIR] [--out tests/seeds]
                                [--python /usr/bin/python3]

Each entry of SEED_TESTS names a block (seed number and block index, as
listed by tests/tools/extract_seed_blocks.py), the heading it sits under,
the replacements its copy makes (each must apply exactly once), the RUN
line, extra directives and the note that says what the copy changed and
why its output is what it is. Block text is copied byte for byte, tabs
included, after the header. Every file is differential (`%difftest`) and
REQUIRES the gevent feature: the oracle is the interpreter with greenlet
and gevent (Debian's /usr/bin/python3). Blocks that sleep run the compiled
program under PYCO2CPP_VIRTUAL_CLOCK=1; CPython sleeps for real.

After writing each file, the reference interpreter compiles it (a fixed
copy must compile) and runs it twice; the two runs must agree (stdout and
status), or the generator stops.
"""
import argparse
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(REPO_ROOT / 'tests' / 'tools'))
from extract_seed_blocks import blocks_of  # noqa: E402

DEFAULT_SEEDS = REPO_ROOT.parent / 'shared' / 'seeds'
DIFFTEST = '# RUN: %difftest %s\n'
CLOCK = '# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s\n'
CLOCK_NOTE = ('# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeping\n'
              '# takes no time); CPython sleeps for real.\n')

# (stem, seed, block, heading, replacements, run line, directives, note)
SEED_TESTS = [
    ('seed001_greenlet_switch', '001', 1, '* ## greenlet', [], DIFFTEST, [],
     '# The block is kept exactly as in the seed. test1 and test2 switch by\n'
     '# hand: 123, 789, 456, 666; test2 returns into main (its parent) and\n'
     '# gr1 is left suspended when the program ends.\n'),
    ('seed001_gevent_joinall', '001', 2, '* ## gevent 实现协程', [], CLOCK, [],
     '# The block is kept exactly as in the seed. The three greenlets start in\n'
     '# spawn order; sleep(0), sleep(1) and sleep(2) wake in that order, so\n'
     '# the output does not depend on time. The reference run takes about 2 s.\n'
     + CLOCK_NOTE),
    ('seed002_gevent_monkey_eat_play', '002', 12, '### 2.gevent模拟单线程并发(协程)',
     [('time.sleep(3)', 'time.sleep(0.3)'), ('time.sleep(5)', 'time.sleep(0.5)')],
     CLOCK, [],
     '# Changed: time.sleep(3) and time.sleep(5) became 0.3 and 0.5 (kept as\n'
     '# they were, the reference run took about 5.5 s; now about 1 s).\n'
     '# monkey.patch_all() makes time.sleep cooperative: egon eat 1, alex\n'
     '# play 1, egon eat 2, alex play 2.\n' + CLOCK_NOTE),
    ('seed002_gevent_dummythread', '002', 13,
     '### 3.DummyThread（单线程的并发：spawn，实现的是假线程）',
     [('time.sleep(3)', 'time.sleep(0.3)'), ('time.sleep(5)', 'time.sleep(0.5)')],
     CLOCK, [],
     '# Changed: time.sleep(3) and time.sleep(5) became 0.3 and 0.5 (kept as\n'
     '# they were, the reference run took about 5.5 s; now about 1 s).\n'
     "# main prints MainThread before joinall lets the greenlets run; in them\n"
     "# current_thread() is a DummyThread: Dummy-1 (eat), Dummy-2 (play).\n"
     + CLOCK_NOTE),
    ('seed004_greenlet_arrows_fixed', '004', 3, '##### 3.1 greenlet 实现协程',
     [('gr1.switch()  ---> ', 'gr1.switch()  # ---> '),
      ('gr1.switch()  -- 跳到func_1 ', 'gr1.switch()  # -- 跳到func_1 ')],
     DIFFTEST, [],
     '# Corrected copy of seed004_greenlet_arrows.py, which CPython rejects:\n'
     '# the two `--->` / `--` notes after gr1.switch() became comments (line\n'
     '# numbers unchanged). Prints 1, 3, 2, 4; func_2 returns into main.\n'),
    ('seed000_gevent_tabs_fixed', '000', 2, '#### gevent实现协程',
     [("    \tprint(f'打游戏...{i}')", "        print(f'打游戏...{i}')"),
      ('\tg2 = gevent.spawn(work2)', '    g2 = gevent.spawn(work2)')],
     DIFFTEST, ['# DIFFTEST: stderr-last-line'],
     '# Corrected copy of seed000_gevent_tabs.py, which CPython rejects: the\n'
     '# two tab-indented lines got spaces (the tabs before comments stay).\n'
     '# `time` is not imported, so warpper fails at time.time() before main\n'
     "# runs: no output, NameError: name 'time' is not defined, status 1.\n"),
]


def seed_file(seed_dir, number):
    matches = sorted(pathlib.Path(seed_dir).glob(number + '_*.txt'))
    if len(matches) != 1:
        sys.exit(f'seed {number}: expected one file, found {matches}')
    return matches[0]


def run_reference(python, path):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    done = subprocess.run([python, str(path)], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, cwd='/', timeout=60)
    return done.returncode, done.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default=str(DEFAULT_SEEDS))
    ap.add_argument('--out', default=str(REPO_ROOT / 'tests' / 'seeds'))
    ap.add_argument('--python', default='/usr/bin/python3')
    args = ap.parse_args()
    out_dir = pathlib.Path(args.out)
    for stem, number, index, heading, fixes, run, directives, note in SEED_TESTS:
        path = seed_file(args.seeds, number)
        block = blocks_of(path)[index]
        text = block['text']
        for old, new in fixes:
            if text.count(old) != 1:
                sys.exit(f'{stem}: replacement {old!r} applies {text.count(old)} times')
            text = text.replace(old, new)
        header = (run + '# REQUIRES: gevent\n' + ''.join(d + '\n' for d in directives) +
                  f"# Seed {path.name}, code block {index} (lines {block['start']}-{block['end']}),\n"
                  f'# under "{heading}".\n' + note)
        target = out_dir / (stem + '.py')
        target.write_text(header + text + '\n', encoding='utf-8')
        check = subprocess.run([args.python, '-c',
                                'import sys; compile(open(sys.argv[1], encoding="utf-8").read(), '
                                'sys.argv[1], "exec")', str(target)], capture_output=True)
        if check.returncode != 0:
            sys.exit(f'{stem}: CPython does not compile the copy:\n{check.stderr.decode()}')
        first, second = run_reference(args.python, target), run_reference(args.python, target)
        if first != second:
            sys.exit(f'{stem}: two reference runs differ')
        print(f'wrote {target} (status {first[0]})')


if __name__ == '__main__':
    main()
