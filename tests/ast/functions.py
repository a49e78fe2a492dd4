# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
def plain(a, b=2, *args, c, d=4, **kwargs) -> int:
    return a


def posonly(a, b, /, c, *, d=1):
    pass


@decorator
@factory(1, key=2)
def decorated(*, only):
    global g
    nonlocal_name = 1
    def inner():
        nonlocal nonlocal_name
        return lambda x, y=1, *z, **w: x
    return inner


async def coroutine(x: int = 0):
    await asyncio.sleep(1)
    async with lock as held:
        pass
    async for item in source():
        yield item
    result = [await f() async for f in tasks]
    value = yield
    other = yield from gen()


class Point(Base, metaclass=Meta):
    """Docstring."""
    x: int = 0

    def __init__(self, x):
        super().__init__()
        self.x = x


call(1, *args, key=value, **kwargs)
call(x for x in range(3))

# CHECK:Module
# CHECK-NEXT:  FunctionDef 'plain' 2:0
# CHECK-NEXT:    args:
# CHECK-NEXT:      arg 'a' 2:10
# CHECK-NEXT:      arg 'b' 2:13
# CHECK-NEXT:      arg *'args' 2:19
# CHECK-NEXT:      arg kwonly 'c' 2:25
# CHECK-NEXT:      arg kwonly 'd' 2:28
# CHECK-NEXT:        default:
# CHECK-NEXT:          Constant Int '4' 2:30
# CHECK-NEXT:      arg **'kwargs' 2:35
# CHECK-NEXT:    defaults:
# CHECK-NEXT:      Constant Int '2' 2:15
# CHECK-NEXT:    returns:
# CHECK-NEXT:      Name 'int' Load 2:46
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 3:4
# CHECK-NEXT:        Name 'a' Load 3:11
# CHECK-NEXT:  FunctionDef 'posonly' 6:0
# CHECK-NEXT:    args:
# CHECK-NEXT:      arg posonly 'a' 6:12
# CHECK-NEXT:      arg posonly 'b' 6:15
# CHECK-NEXT:      arg 'c' 6:21
# CHECK-NEXT:      arg kwonly 'd' 6:27
# CHECK-NEXT:        default:
# CHECK-NEXT:          Constant Int '1' 6:29
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 7:4
# CHECK-NEXT:  FunctionDef 'decorated' 12:0
# CHECK-NEXT:    decorators:
# CHECK-NEXT:      Name 'decorator' Load 10:1
# CHECK-NEXT:      Call 11:1
# CHECK-NEXT:        Name 'factory' Load 11:1
# CHECK-NEXT:        Constant Int '1' 11:9
# CHECK-NEXT:        keyword 'key' 11:12
# CHECK-NEXT:          Constant Int '2' 11:16
# CHECK-NEXT:    args:
# CHECK-NEXT:      arg kwonly 'only' 12:17
# CHECK-NEXT:    body:
# CHECK-NEXT:      Global 'g' 13:4
# CHECK-NEXT:      Assign 14:4
# CHECK-NEXT:        Name 'nonlocal_name' Store 14:4
# CHECK-NEXT:        Constant Int '1' 14:20
# CHECK-NEXT:      FunctionDef 'inner' 15:4
# CHECK-NEXT:        body:
# CHECK-NEXT:          Nonlocal 'nonlocal_name' 16:8
# CHECK-NEXT:          Return 17:8
# CHECK-NEXT:            Lambda 17:15
# CHECK-NEXT:              args:
# CHECK-NEXT:                arg 'x' 17:22
# CHECK-NEXT:                arg 'y' 17:25
# CHECK-NEXT:                arg *'z' 17:31
# CHECK-NEXT:                arg **'w' 17:36
# CHECK-NEXT:              defaults:
# CHECK-NEXT:                Constant Int '1' 17:27
# CHECK-NEXT:              Name 'x' Load 17:39
# CHECK-NEXT:      Return 18:4
# CHECK-NEXT:        Name 'inner' Load 18:11
# CHECK-NEXT:  AsyncFunctionDef 'coroutine' 21:0
# CHECK-NEXT:    args:
# CHECK-NEXT:      arg 'x' 21:20
# CHECK-NEXT:        Name 'int' Load 21:23
# CHECK-NEXT:    defaults:
# CHECK-NEXT:      Constant Int '0' 21:29
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 22:4
# CHECK-NEXT:        Await 22:4
# CHECK-NEXT:          Call 22:10
# CHECK-NEXT:            Attribute 'sleep' Load 22:10
# CHECK-NEXT:              Name 'asyncio' Load 22:10
# CHECK-NEXT:            Constant Int '1' 22:24
# CHECK-NEXT:      AsyncWith 23:4
# CHECK-NEXT:        withitem
# CHECK-NEXT:          Name 'lock' Load 23:15
# CHECK-NEXT:          Name 'held' Store 23:23
# CHECK-NEXT:        body:
# CHECK-NEXT:          Pass 24:8
# CHECK-NEXT:      AsyncFor 25:4
# CHECK-NEXT:        Name 'item' Store 25:14
# CHECK-NEXT:        Call 25:22
# CHECK-NEXT:          Name 'source' Load 25:22
# CHECK-NEXT:        body:
# CHECK-NEXT:          Expr 26:8
# CHECK-NEXT:            Yield 26:8
# CHECK-NEXT:              Name 'item' Load 26:14
# CHECK-NEXT:      Assign 27:4
# CHECK-NEXT:        Name 'result' Store 27:4
# CHECK-NEXT:        ListComp 27:13
# CHECK-NEXT:          Await 27:14
# CHECK-NEXT:            Call 27:20
# CHECK-NEXT:              Name 'f' Load 27:20
# CHECK-NEXT:          comprehension async {{[0-9]+:[0-9]+}}
# CHECK-NEXT:            Name 'f' Store 27:34
# CHECK-NEXT:            Name 'tasks' Load 27:39
# CHECK-NEXT:      Assign 28:4
# CHECK-NEXT:        Name 'value' Store 28:4
# CHECK-NEXT:        Yield 28:12
# CHECK-NEXT:      Assign 29:4
# CHECK-NEXT:        Name 'other' Store 29:4
# CHECK-NEXT:        YieldFrom 29:12
# CHECK-NEXT:          Call 29:23
# CHECK-NEXT:            Name 'gen' Load 29:23
# CHECK-NEXT:  ClassDef 'Point' 32:0
# CHECK-NEXT:    bases:
# CHECK-NEXT:      Name 'Base' Load 32:12
# CHECK-NEXT:    keyword 'metaclass' 32:18
# CHECK-NEXT:      Name 'Meta' Load 32:28
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 33:4
# CHECK-NEXT:        Constant Str 'Docstring.' 33:4
# CHECK-NEXT:      AnnAssign simple 34:4
# CHECK-NEXT:        Name 'x' Store 34:4
# CHECK-NEXT:        Name 'int' Load 34:7
# CHECK-NEXT:        Constant Int '0' 34:13
# CHECK-NEXT:      FunctionDef '__init__' 36:4
# CHECK-NEXT:        args:
# CHECK-NEXT:          arg 'self' 36:17
# CHECK-NEXT:          arg 'x' 36:23
# CHECK-NEXT:        body:
# CHECK-NEXT:          Expr 37:8
# CHECK-NEXT:            Call 37:8
# CHECK-NEXT:              Attribute '__init__' Load 37:8
# CHECK-NEXT:                Call 37:8
# CHECK-NEXT:                  Name 'super' Load 37:8
# CHECK-NEXT:          Assign 38:8
# CHECK-NEXT:            Attribute 'x' Store 38:8
# CHECK-NEXT:              Name 'self' Load 38:8
# CHECK-NEXT:            Name 'x' Load 38:17
# CHECK-NEXT:  Expr 41:0
# CHECK-NEXT:    Call 41:0
# CHECK-NEXT:      Name 'call' Load 41:0
# CHECK-NEXT:      Constant Int '1' 41:5
# CHECK-NEXT:      Starred Load 41:8
# CHECK-NEXT:        Name 'args' Load 41:9
# CHECK-NEXT:      keyword 'key' 41:15
# CHECK-NEXT:        Name 'value' Load 41:19
# CHECK-NEXT:      keyword ** 41:26
# CHECK-NEXT:        Name 'kwargs' Load 41:28
# CHECK-NEXT:  Expr 42:0
# CHECK-NEXT:    Call 42:0
# CHECK-NEXT:      Name 'call' Load 42:0
# CHECK-NEXT:      GeneratorExp 42:4
# CHECK-NEXT:        Name 'x' Load 42:5
# CHECK-NEXT:        comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:          Name 'x' Store 42:11
# CHECK-NEXT:          Call 42:16
# CHECK-NEXT:            Name 'range' Load 42:16
# CHECK-NEXT:            Constant Int '3' 42:22
