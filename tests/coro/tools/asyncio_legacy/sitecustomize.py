"""asyncio as CPython 3.8-3.10 had it, on CPython 3.11: the oracle of the
seed tests compiled with `pyco2cpp build --asyncio-legacy`.

There is no 3.8-3.10 interpreter here. make_coro_seed_tests.py (and the
legacy tests' RUN lines) run python3 with this directory first on
PYTHONPATH, so that Python imports this file as `sitecustomize` before the
program (the program is still __main__, its tracebacks and warnings name
its own lines). It puts back what 3.11 removed, as 3.10's
asyncio/coroutines.py and asyncio/tasks.py wrote it:

- `asyncio.coroutine`: the generator function marked as a coroutine
  (types.coroutine), with 3.10's DeprecationWarning at the decorated
  function (stacklevel=2, so under the default filters it shows when the
  decorator is used in __main__, once per line);
- `asyncio.wait` accepts bare coroutines and wraps them into tasks
  (ensure_future), as 3.8-3.10's did. It warns as 3.10 did, with
  stacklevel=2: the frame that drives the wait() coroutine. When wait() is a
  task's own coroutine (`loop.run_until_complete(asyncio.wait([...]))`, as
  in the seeds), that frame is asyncio's (events.py's Handle._run), where
  DeprecationWarnings are ignored by default: nothing is printed, as under
  3.10. When a coroutine of __main__ awaits it, the line is shown.

`asyncio.as_completed` needs nothing: 3.11 still wraps bare coroutines into
tasks there, without a warning, as 3.10 did.

Scheduling is 3.10's too: wait() made a set of its arguments (`set(fs)`),
so the tasks it created for coroutines were made in an order that follows
their addresses.
"""
import asyncio
import collections.abc
import functools
import inspect
import types
import warnings

from asyncio import coroutines as _coroutines
from asyncio import tasks as _tasks


def coroutine(func):
    """Decorator to mark coroutines (asyncio 3.10, without its debug mode)."""
    warnings.warn('"@coroutine" decorator is deprecated since Python 3.8, use "async def" instead',
                  DeprecationWarning,
                  stacklevel=2)
    if inspect.iscoroutinefunction(func):
        return func

    if inspect.isgeneratorfunction(func):
        coro = func
    else:
        @functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if asyncio.isfuture(res) or inspect.isgenerator(res):
                res = yield from res
            else:
                # If 'res' is an awaitable, run it.
                try:
                    await_meth = res.__await__
                except AttributeError:
                    pass
                else:
                    if isinstance(res, collections.abc.Awaitable):
                        res = yield from await_meth()
            return res

    coro = types.coroutine(coro)
    wrapper = coro
    wrapper._is_coroutine = _coroutines._is_coroutine  # For iscoroutinefunction().
    return wrapper


async def wait(fs, *, timeout=None, return_when=_tasks.ALL_COMPLETED):
    """asyncio.wait as 3.10 wrote it (its deprecated loop argument left out)."""
    if asyncio.isfuture(fs) or _coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (_tasks.FIRST_COMPLETED, _tasks.FIRST_EXCEPTION, _tasks.ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    loop = asyncio.get_running_loop()

    fs = set(fs)

    if any(_coroutines.iscoroutine(f) for f in fs):
        warnings.warn("The explicit passing of coroutine objects to "
                      "asyncio.wait() is deprecated since Python 3.8, and "
                      "scheduled for removal in Python 3.11.",
                      DeprecationWarning, stacklevel=2)

    fs = {asyncio.ensure_future(f, loop=loop) for f in fs}

    return await _tasks._wait(fs, timeout, return_when, loop)


asyncio.coroutine = coroutine
asyncio.wait = wait
asyncio.tasks.wait = wait
