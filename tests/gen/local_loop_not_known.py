# RUN: %difftest %s
# For loops over calls of generator functions that the compiler cannot
# treat as known (reassigned with `global`, reassigned or deleted at module
# level, decorated, defined twice, conditionally defined, called with
# keywords, omitted defaults or star-args): the ordinary path must behave
# exactly like CPython, including finally blocks at break and rebinding.
def reassigned(n):
    try:
        yield from range(n)
    finally:
        print("  reassigned finally")

def replacement(n):
    try:
        yield from ("r%d" % i for i in range(n))
    finally:
        print("  replacement finally")

def use_reassigned():
    for x in reassigned(3):
        print("got", x)
        if x == 1:
            break
    print("after break")

def rebind_with_global():
    global reassigned
    reassigned = replacement

use_reassigned()
rebind_with_global()
use_reassigned()
print("--")

def twice(n):
    yield "first def %d" % n

def use_twice():
    for x in twice(1):
        print(x)

use_twice()

def twice(n):
    yield "second def %d" % n

use_twice()
print("--")

def trace(fn):
    def wrapper(*args):
        print("  wrapper calls", fn.__name__, args)
        return fn(*args)
    return wrapper

@trace
def decorated(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  decorated finally")

def use_decorated():
    for x in decorated(4):
        if x == 2:
            break
        print("got", x)

use_decorated()
print("--")

def with_defaults(n, step=1, tag="t"):
    try:
        for i in range(0, n, step):
            yield tag + str(i)
    finally:
        print("  with_defaults finally", tag)

def use_defaults():
    for x in with_defaults(5):
        print(x, end=" ")
    print()
    for x in with_defaults(6, 2):
        print(x, end=" ")
    print()
    for x in with_defaults(6, 3, "all"):
        print(x, end=" ")
    print()
    for x in with_defaults(4, tag="kw"):
        print(x, end=" ")
        if x == "kw1":
            break
    print()
    args = (5, 2, "star")
    for x in with_defaults(*args):
        print(x, end=" ")
    print()
    for x in with_defaults(**{"n": 2, "tag": "dstar"}):
        print(x, end=" ")
    print()

use_defaults()
print("--")

def wrong_count(a, b):
    yield a + b

def use_wrong_count():
    try:
        for x in wrong_count(1):
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in wrong_count(1, 2, 3):
            print(x)
    except TypeError as e:
        print("TypeError:", e)

use_wrong_count()
print("--")

def deleted_later(n):
    yield n

def use_deleted():
    try:
        for x in deleted_later(9):
            print("got", x)
    except NameError as e:
        print("NameError:", e)

use_deleted()
del deleted_later
use_deleted()
print("--")

FLAG = len("ab") == 2
if FLAG:
    def conditional(n):
        yield "defined under if %d" % n
if not FLAG:
    def never(n):
        yield n

def use_conditional():
    for x in conditional(3):
        print(x)
    try:
        for x in never(3):
            print(x)
    except NameError as e:
        print("NameError:", e)

use_conditional()
print("--")

def module_reassigned(n):
    yield "module_reassigned original %d" % n

def use_module_reassigned():
    for x in module_reassigned(1):
        print(x)

use_module_reassigned()
module_reassigned = lambda n: ["lambda list %d" % n]
use_module_reassigned()
for module_reassigned in [replacement]:
    pass
use_module_reassigned()
