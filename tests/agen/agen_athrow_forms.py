# RUN: %difftest %s
# athrow() thrown into a suspended async generator: caught inside, the next
# yield reached is the athrow awaitable's result (StopIteration value); if
# the handler returns instead, the awaitable raises StopAsyncIteration; not
# caught, the exception propagates out of the awaitable and the generator is
# finished. The call forms: athrow(Type), athrow(Type, value) (value may be
# an argument, a tuple of arguments or an instance), athrow(Type, value,
# None) and athrow(instance). Bad arguments are TypeErrors raised at the
# awaitable's first send (not at the call) and leave the generator intact.
# An unstarted generator gets the exception without running its body.


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", repr(e))


async def tolerant():
    msg = "start"
    while True:
        try:
            yield msg
        except ValueError as e:
            print("  caught", type(e).__name__, repr(e), "args", e.args)
            msg = "handled " + type(e).__name__


ag = tolerant()
poke("anext", lambda: ag.__anext__().send(None))
poke("athrow(ValueError)", lambda: ag.athrow(ValueError).send(None))
poke("athrow(ValueError, 'msg')", lambda: ag.athrow(ValueError, "msg").send(None))
poke("athrow(ValueError, ('a', 2))", lambda: ag.athrow(ValueError, ("a", 2)).send(None))
poke("athrow(ValueError, ValueError('inst'))",
     lambda: ag.athrow(ValueError, ValueError("inst")).send(None))
poke("athrow(ValueError, UnicodeError('sub'))",
     lambda: ag.athrow(ValueError, UnicodeError("sub")).send(None))
poke("athrow(ValueError, 'v', None)", lambda: ag.athrow(ValueError, "v", None).send(None))
poke("athrow(ValueError('instance'))", lambda: ag.athrow(ValueError("instance")).send(None))
poke("athrow(UnicodeError)", lambda: ag.athrow(UnicodeError).send(None))
poke("anext", lambda: ag.__anext__().send(None))

print("bad arguments:")
poke("athrow(5) created", lambda: type(ag.athrow(5)).__name__)
poke("athrow(5)", lambda: ag.athrow(5).send(None))
poke("athrow(int)", lambda: ag.athrow(int).send(None))
poke("athrow(ValueError('x'), 1)", lambda: ag.athrow(ValueError("x"), 1).send(None))
poke("athrow(ValueError, 1, 2)", lambda: ag.athrow(ValueError, 1, 2).send(None))
poke("still alive", lambda: ag.__anext__().send(None))
print("running:", ag.ag_running)

print("uncaught:")
poke("athrow(KeyError('k'))", lambda: ag.athrow(KeyError("k")).send(None))
print("frame:", ag.ag_frame)
poke("anext", lambda: ag.__anext__().send(None))

print("athrow with no argument at all:")


async def plain():
    yield 1


p = plain()
poke("anext", lambda: p.__anext__().send(None))
poke("athrow()", lambda: p.athrow().send(None))

print("unstarted:")


async def body_never_runs():
    print("  body ran")
    try:
        yield 1
    finally:
        print("  finally")


ag = body_never_runs()
poke("athrow(ValueError('u'))", lambda: ag.athrow(ValueError("u")).send(None))
print("frame:", ag.ag_frame)
poke("anext", lambda: ag.__anext__().send(None))

print("the handler returns:")


async def returns_when_thrown():
    try:
        yield 1
    except ValueError:
        print("  returning")


ag = returns_when_thrown()
poke("anext", lambda: ag.__anext__().send(None))
poke("athrow", lambda: ag.athrow(ValueError).send(None))
print("frame:", ag.ag_frame)
