# RUN: %difftest %s
# Reads of locals that may be unbound must still raise UnboundLocalError on
# every path where CPython raises it, however the binding was skipped: an if
# without the branch taken, a loop run zero times, a break before the
# assignment, an exception before it (handled), a with whose __exit__
# swallowed the exception, del, except-as, a walrus not evaluated. And reads
# that are certainly bound keep working (they skip the check).


class suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return typ is not None and issubclass(typ, self.kinds)


def attempt(label, fn, *args):
    try:
        print(label, "->", fn(*args))
    except UnboundLocalError as e:
        print(label, "-> UnboundLocalError:", e)


def if_branch(flag):
    if flag:
        x = "set"
    return x


def if_else_both(flag):
    if flag:
        x = "then"
    else:
        x = "else"
    return x


def if_else_return(flag):
    if flag:
        x = "then"
    else:
        return "returned early"
    return x


def loop_zero(n):
    for i in range(n):
        last = i
    return last


def loop_target_after(n):
    for i in range(n):
        pass
    return i


def while_break(n):
    while n > 0:
        if n == 2:
            break
        got = n
        n -= 1
    return got


def handled_before(fail):
    try:
        if fail:
            raise ValueError("early")
        value = "assigned"
    except ValueError:
        pass
    return value


def handler_assigns(fail):
    try:
        if fail:
            raise ValueError("early")
        value = "body"
    except ValueError:
        value = "handler"
    return value


def finally_assigns(fail):
    try:
        if fail:
            raise KeyError("k")
    except KeyError:
        pass
    finally:
        done = "finally ran"
    return done


def with_suppressed(fail):
    with suppress(ZeroDivisionError):
        if fail:
            1 / 0
        inside = "inside"
    return inside


def deleted(flag):
    y = 1
    if flag:
        del y
    return y


def except_as():
    try:
        raise KeyError("gone")
    except KeyError as err:
        pass
    return err


def walrus(flag):
    if flag and (w := "walrus"):
        pass
    return w


def augmented(flag):
    if flag:
        total = 10
    total += 1
    return total


def augmented_in_loop(n):
    for i in range(n):
        acc += i
    return "never read"


def order_of_unbound(flag):
    def noisy():
        print("  right-hand side evaluated")
        return 1
    if flag:
        z = 0
    z += noisy()
    return z


def nested_loops(n):
    for i in range(n):
        for j in range(i):
            inner = (i, j)
    return inner


def ok_chain(n):
    total = 0
    k = 0
    while k < n:
        total += k
        k += 1
    tail = [total]
    for v in range(3):
        tail.append(v + total)
    return tail


for flag in (True, False):
    attempt(f"if_branch({flag})", if_branch, flag)
    attempt(f"if_else_both({flag})", if_else_both, flag)
    attempt(f"if_else_return({flag})", if_else_return, flag)
    attempt(f"handled_before({flag})", handled_before, flag)
    attempt(f"handler_assigns({flag})", handler_assigns, flag)
    attempt(f"finally_assigns({flag})", finally_assigns, flag)
    attempt(f"with_suppressed({flag})", with_suppressed, flag)
    attempt(f"deleted({flag})", deleted, flag)
    attempt(f"walrus({flag})", walrus, flag)
    attempt(f"augmented({flag})", augmented, flag)
    attempt(f"order_of_unbound({flag})", order_of_unbound, flag)
for n in (0, 3):
    attempt(f"loop_zero({n})", loop_zero, n)
    attempt(f"loop_target_after({n})", loop_target_after, n)
    attempt(f"while_break({n})", while_break, n)
    attempt(f"augmented_in_loop({n})", augmented_in_loop, n)
    attempt(f"nested_loops({n})", nested_loops, n)
    attempt(f"ok_chain({n})", ok_chain, n)
attempt("except_as()", except_as)
