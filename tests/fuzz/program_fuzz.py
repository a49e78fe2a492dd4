#!/usr/bin/env python3
"""The second fuzzer: accepted => the C++ compiles and runs as CPython.

    program_fuzz.py --pyco2cpp DRIVER [--seconds S] [--seed N] [--findings DIR]

Writes random *valid* programs (a grammar of what the corpus is about:
arithmetic on small and big ints, floats, str and list operations, closures,
exceptions and finally, generators driven by next/send/throw/close,
coroutines awaited directly and through asyncio.gather and tasks) and gives
each to tests/tools/difftest.py, which runs CPython and the compiled program
and compares stdout and exit status. A program that differs, or that
pyco2cpp refuses or cannot compile, is a finding: it is copied to DIR with
difftest's report beside it. The last line says how many programs ran and
how many were findings; the exit status is 1 if any were.

A program holds many small test functions, each called under try/except
that prints the exception's type and message: one C++ compile (the slow
part) covers many cases, and one wrong case does not hide the others.
Everything printed is deterministic under CPython (no str hashing order, no
ids, no clocks), so any difference is ours. Run with the same --seed to get
the same programs again.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

TOOLS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'tools')


class ProgramWriter:
    """Random statements and expressions over a few typed local variables."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.indent = 0

    def emit(self, text):
        self.lines.append('    ' * self.indent + text)

    def pick(self, *choices):
        return self.rng.choice(choices)

    # -- expressions, by type ------------------------------------------------
    def int_expr(self, names, depth=0):
        r = self.rng.random()
        if depth > 2 or r < 0.3:
            if names['int'] and self.rng.random() < 0.6:
                return self.rng.choice(names['int'])
            return str(self.pick(0, 1, 2, 3, 7, -1, -5, 10, 255, 2**31, 2**64 + 1, -(10**20)))
        a, b = self.int_expr(names, depth + 1), self.int_expr(names, depth + 1)
        if r < 0.6:
            return f'({a} {self.pick("+", "-", "*", "//", "%", "&", "|", "^")} {b})'
        if r < 0.68:
            return f'({a} ** {self.pick(0, 1, 2, 3, 5)})'
        if r < 0.74:
            return f'({a} {self.pick("<<", ">>")} {self.pick(0, 1, 3, 17, 70)})'
        if r < 0.8:
            return f'{self.pick("-", "~", "+")}{a}'
        if r < 0.86:
            return f'({a} if {self.bool_expr(names, depth + 1)} else {b})'
        if r < 0.92:
            return f'{self.pick("abs", "int")}({a})'
        if names['str']:
            return f'len({self.rng.choice(names["str"])})'
        return f'{self.pick("min", "max")}({a}, {b})'

    def float_expr(self, names, depth=0):
        a = self.int_expr(names, depth + 1)
        return self.pick(f'({a} / {self.pick(2, 3, 7, 0.5, -4)})', f'float({a})',
                         f'({a} * 0.1)', f'round({a} / 3, 2)', '1e300 * 10', '(0.1 + 0.2)')

    def str_expr(self, names, depth=0):
        r = self.rng.random()
        if depth > 2 or r < 0.3:
            if names['str'] and self.rng.random() < 0.6:
                return self.rng.choice(names['str'])
            return repr(self.pick('', 'a', 'abc', 'Hello, World', 'x-y-z', 'héllo', '  pad  ', '日本'))
        s = self.str_expr(names, depth + 1)
        i = self.int_expr(names, depth + 2)
        # Inside an f-string only leaves: 3.11 allows no quote of the
        # f-string's own kind in its replacement fields.
        leaf_i, leaf_s = self.int_expr(names, 3), self.str_expr(names, 3)
        return self.pick(
            f'({s} + {self.str_expr(names, depth + 1)})', f'({s} * {self.pick(0, 1, 3)})',
            f'{s}[{self.pick("1:", ":2", "::-1", "1:-1", "::2")}]', f'{s}.upper()', f'{s}.strip()',
            f'{s}.replace("a", "<>")', f'"-".join({s}.split("-"))', f'str({i})', f'repr({s})',
            f'f"{{{leaf_i}}}|{{{leaf_s}!r}}|{{{leaf_i}:>6}}"', f'f"{{{leaf_i} / 3:.3f}}|{{{leaf_i}:x}}"',
            f'hex({i})', f'format({i}, ",")', f'{s}.center(9, "*")', f'str({self.list_expr(names, depth + 1)})')

    def list_expr(self, names, depth=0):
        r = self.rng.random()
        if depth > 2 or r < 0.3:
            if names['list'] and self.rng.random() < 0.6:
                return self.rng.choice(names['list'])
            return self.pick('[]', '[1, 2, 3]', '[3, -1, 2, 10**20]', 'list(range(5))', '["b", "a"]')
        l = self.list_expr(names, depth + 1)
        i = self.int_expr(names, depth + 2)
        return self.pick(
            f'({l} + {self.list_expr(names, depth + 1)})', f'sorted({l}, key=str)', f'{l}[::-1]',
            f'[x * 2 for x in {l}]', f'[i for i in range({i} % 7) if i % 2]', f'list(reversed({l}))',
            f'[{i}, {self.int_expr(names, depth + 2)}]', f'{l}[1:]', f'list(map(str, {l}))')

    def bool_expr(self, names, depth=0):
        a, b = self.int_expr(names, depth + 1), self.int_expr(names, depth + 1)
        return self.pick(f'({a} {self.pick("<", "<=", "==", "!=", ">", ">=")} {b})',
                         f'({a} and {b})', f'(not {a})', f'({a} or {b})',
                         f'({a} in {self.list_expr(names, depth + 1)})')

    def any_expr(self, names):
        kind = self.pick('int', 'int', 'str', 'list', 'float', 'bool')
        return kind, getattr(self, kind + '_expr')(names)

    # -- statements ----------------------------------------------------------
    def block(self, names, count, depth=0):
        for _ in range(count):
            self.statement(names, depth)

    def statement(self, names, depth):
        r = self.rng.random()
        if r < 0.35 or depth > 2:
            kind, expr = self.any_expr(names)
            if kind == 'bool':
                kind = 'int'
            name = f'{kind[0]}{len(names[kind])}'
            self.emit(f'{name} = {expr}')
            if name not in names[kind]:
                names[kind].append(name)
        elif r < 0.45:
            kind, expr = self.any_expr(names)
            self.emit(f'print({expr})')
        elif r < 0.52 and names['int']:
            self.emit(f'{self.rng.choice(names["int"])} {self.pick("+=", "-=", "*=", "//=", "|=")} '
                      f'{self.int_expr(names, 1)}')
        elif r < 0.6:
            self.emit(f'if {self.bool_expr(names)}:')
            self.nested(names, depth)
            self.emit('else:')
            self.nested(names, depth)
        elif r < 0.68:
            iterable = self.pick('range(3)', '[5, -2]', 'enumerate("ab")', 'zip([1, 2], "xy")')
            self.emit(f'for k{depth} in {iterable}:')
            self.indent += 1
            self.emit(f'print(k{depth})')
            self.block(dict((k, list(v)) for k, v in names.items()), 1, depth + 1)
            self.emit(self.pick('pass', 'continue', f'if k{depth} == 5: break'))
            self.indent -= 1
        elif r < 0.78:
            self.emit('try:')
            self.nested(names, depth)
            self.emit(f'except {self.pick("ZeroDivisionError", "ValueError", "(TypeError, OverflowError)", "Exception")} as e:')
            self.indent += 1
            self.emit('print("caught", type(e).__name__, e)')
            self.indent -= 1
            if self.rng.random() < 0.5:
                self.emit('finally:')
                self.indent += 1
                self.emit('print("finally")')
                self.indent -= 1
        elif r < 0.86:
            inner = f'inner{depth}'
            self.emit(f'def {inner}(v):')
            self.indent += 1
            closure = {'int': ['v'] + names['int'][:2], 'str': names['str'][:1], 'list': [], 'float': []}
            self.emit(f'return {self.int_expr(closure, 1)}')
            self.indent -= 1
            self.emit(f'print({inner}({self.int_expr(names, 1)}))')
        elif r < 0.93 and names['list']:
            l = self.rng.choice(names['list'])
            self.emit(self.pick(f'{l}.append({self.int_expr(names, 1)})', f'{l}.sort(key=str)',
                                f'print({l}.pop() if {l} else None)', f'{l}.extend(range(2))'))
        else:
            self.emit(f'raise {self.pick("ValueError", "KeyError", "RuntimeError")}({self.str_expr(names, 1)})')

    def nested(self, names, depth):
        self.indent += 1
        self.block(dict((k, list(v)) for k, v in names.items()), self.rng.randint(1, 2), depth + 1)
        self.indent -= 1

    # -- whole test functions ------------------------------------------------
    def plain_function(self, name):
        self.emit(f'def {name}(a, b):')
        self.indent += 1
        names = {'int': ['a', 'b'], 'str': [], 'list': [], 'float': []}
        self.block(names, self.rng.randint(2, 6))
        self.emit(f'return {self.any_expr(names)[1]}')
        self.indent -= 1
        return f'{name}({self.int_expr({"int": [], "str": [], "list": [], "float": []}, 1)}, {self.pick(0, 2, -3)})'

    def generator_function(self, name):
        self.emit(f'def {name}_gen(a):')
        self.indent += 1
        names = {'int': ['a'], 'str': [], 'list': [], 'float': []}
        for i in range(self.rng.randint(1, 3)):
            self.block(names, self.rng.randint(0, 2))
            form = self.pick('yield', 'x = yield', 'try')
            if form == 'try':
                self.emit('try:')
                self.indent += 1
                self.emit(f'got{i} = yield {self.int_expr(names, 1)}')
                self.emit(f'print("got", got{i})')
                self.indent -= 1
                self.emit(f'except {self.pick("ValueError", "GeneratorExit")}:')
                self.indent += 1
                self.emit(f'print("gen caught")')
                self.emit(self.pick('raise', f'yield "after throw"', 'pass'))
                self.indent -= 1
            elif form == 'x = yield':
                self.emit(f'got{i} = yield {self.any_expr(names)[1]}')
                self.emit(f'print("got", got{i})')
            else:
                self.emit(f'yield {self.any_expr(names)[1]}')
        self.emit(f'return {self.int_expr(names, 1)}')
        self.indent -= 1
        self.emit(f'def {name}(a, b):')
        self.indent += 1
        self.emit(f'g = {name}_gen(a)')
        self.emit('print(next(g))')
        for _ in range(self.rng.randint(1, 4)):
            self.emit(self.pick('print(g.send(b))', 'print(next(g))', 'print(g.throw(ValueError("t")))',
                                'print(g.close())', 'print(list(g))', 'print([v for v in g])'))
        self.emit('return "done"')
        self.indent -= 1
        return f'{name}({self.pick(1, 7, -2)}, {self.pick(0, 5)})'

    def coroutine_function(self, name):
        self.emit(f'async def {name}_leaf(a, d):')
        self.indent += 1
        names = {'int': ['a'], 'str': [], 'list': [], 'float': []}
        self.block(names, self.rng.randint(0, 2))
        self.emit(self.pick('await asyncio.sleep(0)', 'await asyncio.sleep(d / 1000)', 'pass'))
        self.emit(f'print("leaf", a)')
        self.emit(f'return {self.int_expr(names, 1)}')
        self.indent -= 1
        self.emit(f'async def {name}_main(a, b):')
        self.indent += 1
        self.emit(self.pick(
            f'print(await {name}_leaf(a, 1))',
            f'print(await asyncio.gather(*[{name}_leaf(a + i, i % 3) for i in range(4)], return_exceptions=True))',
            f't = asyncio.create_task({name}_leaf(b, 2)); print(await {name}_leaf(a, 0)); print(await t)',
            f't = asyncio.create_task({name}_leaf(b, 5)); await asyncio.sleep(0); t.cancel(); print(await asyncio.gather(t, return_exceptions=True))'))
        self.emit('return "done"')
        self.indent -= 1
        self.emit(f'def {name}(a, b):')
        self.indent += 1
        self.emit(f'return asyncio.run({name}_main(a, b))')
        self.indent -= 1
        return f'{name}({self.pick(1, 3, 10**19)}, {self.pick(0, 4)})'

    def program(self, cases):
        self.emit('import asyncio')
        calls = []
        for i in range(cases):
            maker = self.pick(self.plain_function, self.plain_function, self.generator_function,
                              self.coroutine_function)
            calls.append(maker(f'case{i}'))
        for i, call in enumerate(calls):
            self.emit('try:')
            self.emit(f'    print({i}, {call})')
            self.emit('except Exception as e:')
            self.emit(f'    print({i}, "raised", type(e).__name__, e)')
        return '\n'.join(self.lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--pyco2cpp', required=True)
    ap.add_argument('--seconds', type=float, default=60)
    ap.add_argument('--seed', type=int, default=int(time.time()))
    ap.add_argument('--cases', type=int, default=12, help='test functions per program')
    ap.add_argument('--findings', default='program-fuzz-findings')
    ap.add_argument('--python', default='python3')
    args = ap.parse_args()

    deadline = time.monotonic() + args.seconds
    rng = random.Random(args.seed)
    programs = findings = 0
    os.makedirs(args.findings, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix='program-fuzz-') as work:
        while time.monotonic() < deadline:
            seed = rng.randrange(1 << 32)
            text = ProgramWriter(random.Random(seed)).program(args.cases)
            path = os.path.join(work, f'fuzz_{seed}.py')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            done = subprocess.run([sys.executable, os.path.join(TOOLS, 'difftest.py'),
                                   '--pyco2cpp', args.pyco2cpp, '--python', args.python,
                                   '--tmp', os.path.join(work, 'difftest'), path],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            programs += 1
            if done.returncode != 0:
                findings += 1
                shutil.copy(path, args.findings)
                with open(os.path.join(args.findings, f'fuzz_{seed}.report'), 'w') as f:
                    f.write(done.stdout)
                print(f'program-fuzz: finding: {args.findings}/fuzz_{seed}.py', flush=True)
    print(f'program-fuzz: {programs} programs (seed {args.seed}), {findings} findings')
    return 1 if findings else 0


if __name__ == '__main__':
    sys.exit(main())
