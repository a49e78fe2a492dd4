# RUN: %difftest %s
# Identifiers are compared in NFKC form (PEP 3131), as CPython's parser
# normalises every name in the source: variables, attributes, keyword
# arguments, parameters, function and class names (their __name__ and
# __qualname__ are the normalised text), import-as names, global and nonlocal,
# names in f-string expressions, async functions and awaits, names whose NFKC
# form is None, True or False (builtins, as in CPython). Strings are never
# normalised: getattr/setattr/hasattr and ** keyword dictionaries take them as
# they are. str.isidentifier agrees with CPython on every code point (before
# XID_Start/XID_Continue it disagreed on 2784 of them).
import asyncio
import math as ｍａｔｈ
from math import sqrt as ｓｑｒｔ

Ａ = 5
print(A)
ﬁle = 1
print(file, ﬁle)
ℌ = 2
print(H, ℌ)
ǅ = 3  # titlecase digraph: NFKC is 'Dž'
print(Dž)
ｉｆ = 4  # not the keyword: a name spelled 'if' after normalisation
print(ｉｆ + 1)
℘ = 6  # Other_ID_Start
print(℘)
x·y = 7  # middle dot: Other_ID_Continue
print(x·y)
ｶﾞ = 8  # halfwidth katakana and voiced mark compose to 'ガ'
print(ガ)
print(ｍａｔｈ.floor(2.5), math.floor(2.5), ｓｑｒｔ(16.0), sqrt(16.0), math.ｆｌｏｏｒ(3.5))


def ｆ(ａ, *, ｂ=2):
    return ａ + b


print(ｆ.__name__, f.__name__, ｆ.__qualname__, f(1, b=10), ｆ(ａ=1, ｂ=20))


class Ｋ:
    ｘ = 1

    def ｍ(self):
        return self.x + self.ｘ


k = Ｋ()
print(Ｋ.__name__, K.__qualname__, Ｋ.ｍ.__qualname__, k.m(), sorted(n for n in vars(K) if not n.startswith("__")))
k.ｙ = 10
print(k.y, k.__dict__)

# Strings are not names: nothing normalises them.
print(getattr(K, "x"), hasattr(K, "ｘ"), hasattr(K, "x"))
setattr(k, "ｚ", 30)
print(sorted(k.__dict__))
try:
    print(k.ｚ)
except AttributeError as e:
    print("AttributeError:", e)
try:
    f(1, **{"ｂ": 3})
except TypeError as e:
    print("TypeError:", e)

ｃｏｕｎｔ = 0


def bump():
    global ｃｏｕｎｔ
    count += 1


bump()
ｂｕｍｐ()
print(count)


def outer():
    ｔｏｔａｌ = 0

    def add(n):
        nonlocal ｔｏｔａｌ
        total += n
        return ｔｏｔａｌ

    add(2)
    return add(3)


print(outer())
print(f"{Ａ + ｉｆ} {ｆ.__name__!r} {K.ｘ:>4}")
print(f"{ｃｏｕｎｔ=} {ｃｏｕｎｔ = }")  # the '=' form shows the expression as written


class Private:
    def __init__(self):
        self.__ｓｅｃｒｅｔ = 1  # mangled after normalising: _Private__secret


print(vars(Private()))


async def ｗｏｒｋ(ｎ):
    await asyncio.sleep(0)
    return n * 2


async def main():
    print(work.__name__, await ｗｏｒｋ(21), await asyncio.gather(work(1), ｗｏｒｋ(ｎ=2)))


asyncio.run(main())

# 'Ｎｏｎｅ' is the name None, not the keyword: a builtin until a binding hides it.
print(Ｎｏｎｅ, Ｔｒｕｅ, Ｆａｌｓｅ)


def shadows_keyword_names():
    Ｔｒｕｅ = "shadowed"
    return Ｔｒｕｅ, True


print(shadows_keyword_names())

try:
    print(ＵＮＤＥＦＩＮＥＤ)
except NameError as e:
    print("NameError:", e)


def runs_of(predicate):
    runs = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if predicate(chr(cp)):
            if runs and runs[-1][1] == cp - 1:
                runs[-1][1] = cp
            else:
                runs.append([cp, cp])
    return runs


start_runs = runs_of(str.isidentifier)
continue_runs = runs_of(lambda ch: ("a" + ch).isidentifier())
print(len(start_runs), sum(b - a + 1 for a, b in start_runs))
print(len(continue_runs), sum(b - a + 1 for a, b in continue_runs))
for a, b in start_runs:
    print(f"start {a:x}-{b:x}")
for a, b in continue_runs:
    print(f"continue {a:x}-{b:x}")
print("".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "a1".isidentifier(), "ℌ℘".isidentifier(),
      "a\u200b".isidentifier(), "ﬁ".isidentifier(), "\u2160\u2167".isidentifier(), "\u0300a".isidentifier())
