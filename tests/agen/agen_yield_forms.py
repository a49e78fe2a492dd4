# RUN: %difftest %s
# The forms a yield takes inside an async generator and their evaluation
# order: bare `yield` (yields None), `x = yield v`, yields as operands
# `(yield a) + (yield b)`, as call arguments, in a conditional expression,
# as a subscript, `yield await f()` (the await completes before the yield),
# `await` of a value computed from a yield's result, and yield inside
# while/for/with-like nesting; each asend value is traced.
import types


@types.coroutine
def tick(tag):
    got = yield tag
    return got


async def answer(x):
    await tick("answer " + str(x))
    return x * 10


def show(*args):
    print("  show", args)
    return len(args)


async def forms():
    yield
    x = yield "x?"
    print("  x =", x)
    total = (yield "a?") + (yield "b?")
    print("  total =", total)
    n = show((yield "arg1?"), (yield "arg2?"))
    print("  n =", n)
    pick = (yield "left") if x else (yield "right")
    print("  pick =", pick)
    d = {"k": "v"}
    print("  subscript:", d[(yield "key?")])
    got = yield await answer(x)
    print("  after yield await:", got)
    result = await answer((yield "for answer?"))
    print("  awaited with yielded value:", result)
    i = 0
    while (yield "more?"):
        i += 1
    print("  loop ran", i, "times")


sends = [None, None, 1, 2, 3, "p", "q", None, "k", "got", 5, True, True, False, None]
ag = forms()
for v in sends:
    aw = ag.asend(v)
    answer_in = None
    try:
        while True:
            out = aw.send(answer_in)
            print("  passed through:", out)
    except StopIteration as s:
        print("asend(%r) -> %r" % (v, s.value))
    except StopAsyncIteration:
        print("asend(%r) -> end" % (v,))
