# RUN: %difftest %s
# try/except* as CPython 3.11 runs it: each clause gets the part of the group
# its type matches (with the original structure, traceback, context, cause
# and notes), as sys.exc_info(); a naked exception is matched wrapped in
# ExceptionGroup('', (exc,)); what no clause matched and what the handlers
# raised are raised together at the end, a bare `raise` rejoining the
# original group's structure.
import sys


def show(e, depth=0):
    ctx = e.__context__
    print("  " * depth + repr(e), "context:", repr(ctx) if not isinstance(ctx, BaseExceptionGroup) else type(ctx).__name__)
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, depth + 1)


def run(label, body):
    print("--", label)
    try:
        body()
        print("nothing raised")
    except BaseException as r:
        show(r)


def nested():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])


def new_and_bare():
    try:
        raise nested()
    except* ValueError as e:
        print("handled:", repr(sys.exc_info()[1]), e is sys.exc_info()[1])
        raise RuntimeError("new")
    except* KeyError:
        raise


def all_handled():
    try:
        raise nested()
    except* (ValueError, KeyError) as e:
        print("values and keys:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
    print("after, exc_info:", sys.exc_info())


def unmatched_rest():
    try:
        raise nested()
    except* KeyError as e:
        print("keys:", repr(e))


def naked_matched_bare():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), repr(e.exceptions[0]))
        raise


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not here")


def naked_handled():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print("naked handled:", repr(e))
    try:
        e
    except UnboundLocalError:
        print("e is unbound after the clause")


def handler_raises_from_each():
    try:
        raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("from value")
    except* TypeError:
        raise LookupError("from type")


def raise_match_again():
    try:
        raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
    except* KeyboardInterrupt as e:
        print("interrupt:", repr(e))


def notes_kept():
    eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
    eg.add_note("a note")
    try:
        raise eg
    except* ValueError as e:
        print("notes:", e.__notes__, e.__notes__ is eg.__notes__)


def else_and_finally():
    try:
        try:
            pass
        except* ValueError:
            print("no")
        else:
            print("else ran")
        finally:
            print("finally ran")
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            print("caught")
        finally:
            print("finally after except*")
    except BaseException as r:
        print("escaped", repr(r))


def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
        except* ValueError as e:
            out.append(len(e.exceptions))
    print("loop:", out)


def catching_groups_refused():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass


run("new and bare", new_and_bare)
run("all handled", all_handled)
run("unmatched rest", unmatched_rest)
run("naked matched, bare raise", naked_matched_bare)
run("naked unmatched", naked_unmatched)
run("naked handled", naked_handled)
run("each handler raises", handler_raises_from_each)
run("raise the match again", raise_match_again)
run("base exceptions", base_exceptions)
run("notes", notes_kept)
run("else and finally", else_and_finally)
run("in a loop", in_loop)
run("catching ExceptionGroup", catching_groups_refused)
