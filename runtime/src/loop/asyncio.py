"""asyncio: the part of the module written in Python, over the native loop,
futures and tasks of _asyncio (runtime/src/loop). Compiled by pyco2cpp into
the runtime. Scheduling follows CPython 3.11's asyncio step by step: what
these coroutines await, and when they create tasks and futures, decides the
order in which programs print, so each keeps CPython's awaits and callbacks
in CPython's order. Where CPython iterates a set of tasks (whose order
follows their addresses), these keep creation order."""

from _asyncio import (
    _isgeneratorfunction,
    _legacy,
    _warn_deprecated,
    CancelledError,
    Future,
    Handle,
    InvalidStateError,
    Task,
    TimeoutError,
    TimerHandle,
    all_tasks,
    create_task,
    current_task,
    ensure_future,
    gather,
    get_event_loop,
    get_running_loop,
    iscoroutine,
    iscoroutinefunction,
    new_event_loop,
    run,
    set_event_loop,
    sleep,
)
from collections import deque
import heapq

# ---------------------------------------------------------------- --asyncio-legacy

# A program compiled with `pyco2cpp build --asyncio-legacy` sees what
# CPython 3.8-3.10 had and 3.11 removed: the @coroutine decorator (3.10's
# asyncio/coroutines.py, without its debug mode), and wait() taking bare
# coroutines (below). Without the option there is no asyncio.coroutine
# (AttributeError, as 3.11).
if _legacy:
    import functools
    import types

    def coroutine(func):
        _warn_deprecated('"@coroutine" decorator is deprecated since Python 3.8, use "async def" instead')
        if iscoroutinefunction(func):
            return func
        if _isgeneratorfunction(func):
            coro = func
        else:
            @functools.wraps(func)
            def coro(*args, **kw):
                res = func(*args, **kw)
                if isfuture(res) or isinstance(res, types.GeneratorType):
                    res = yield from res
                else:
                    # If 'res' is an awaitable, run it.
                    try:
                        await_meth = res.__await__
                    except AttributeError:
                        pass
                    else:
                        res = yield from await_meth()
                return res

        return types.coroutine(coro)


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def isfuture(obj):
    return isinstance(obj, Future)


def _described(obj, kind, extra):
    # object.__repr__ as CPython's asyncio classes show it, with their state.
    return "<asyncio.%s.%s object at %#x [%s]>" % (kind, type(obj).__name__, id(obj), extra)


class _LoopBound:
    # The loop a primitive is used in, fixed at first use.
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError("%r is bound to a different event loop" % (self,))
        return loop


class _AcquireReleaseContext:
    # `async with lock:` acquires it, and releases it at the end.
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


# ---------------------------------------------------------------- locks


class Lock(_AcquireReleaseContext, _LoopBound):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return _described(self, "locks", extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


class Event(_LoopBound):
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return _described(self, "locks", extra)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AcquireReleaseContext, _LoopBound):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return _described(self, "locks", extra)

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is held again on the way out, even when cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireReleaseContext, _LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked, value:%d" % self._value
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return _described(self, "locks", extra)

    def locked(self):
        if self._value == 0:
            return True
        for waiter in self._waiters or ():
            if not waiter.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


# ---------------------------------------------------------------- queues


class QueueEmpty(Exception):
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    __module__ = "asyncio.queues"


class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # The first waiter that was not cancelled.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def _format(self):
        result = "maxsize=%r" % (self._maxsize,)
        if self._queue:
            result += " _queue=%r" % (list(self._queue),)
        if self._getters:
            result += " _getters[%d]" % len(self._getters)
        if self._putters:
            result += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%d" % self._unfinished_tasks
        return result

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    # Woken by a get, but leaving: the next putter may go.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    # Woken by a put, but leaving: the next getter may go.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------- waiting


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of coroutines/Futures is empty." if _legacy else "Set of Tasks/Futures is empty.")
    if return_when != FIRST_COMPLETED and return_when != FIRST_EXCEPTION and return_when != ALL_COMPLETED:
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = list(dict.fromkeys(fs))
    if _legacy:
        # 3.8-3.10: coroutines (any awaitable) become tasks, with a
        # DeprecationWarning that shows only when __main__'s code awaits
        # wait() itself (stacklevel=2: run as a task, its caller is the loop).
        loop = get_running_loop()
        for f in fs:
            if iscoroutine(f):
                _warn_deprecated("The explicit passing of coroutine objects to asyncio.wait() is deprecated "
                                 "since Python 3.8, and scheduled for removal in Python 3.11.")
                break
        fs = [ensure_future(f, loop=loop) for f in fs]
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def on_completion(f):
        nonlocal counter
        counter -= 1
        if (
            counter <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done, itself still cancellable.
    waiter = loop.create_future()

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def release(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: no "never retrieved" report
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    done = Queue()
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in dict.fromkeys(fs)]
    state = {"timeout_handle": None}

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state["timeout_handle"] is not None:
            state["timeout_handle"].cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        state["timeout_handle"] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


# ---------------------------------------------------------------- timeouts


class Timeout:
    # States, as CPython's Timeout shows them.
    _CREATED = "created"
    _ENTERED = "active"
    _EXPIRING = "expiring"
    _EXPIRED = "expired"
    _EXITED = "finished"

    def __init__(self, when):
        self._state = Timeout._CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != Timeout._ENTERED:
            if self._state == Timeout._CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == Timeout._EXPIRING or self._state == Timeout._EXPIRED

    def __repr__(self):
        info = [""]
        if self._state == Timeout._ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append("when=%s" % (when,))
        return "<Timeout [%s]%s>" % (self._state, " ".join(info))

    async def __aenter__(self):
        self._state = Timeout._ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == Timeout._EXPIRING:
            self._state = Timeout._EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == Timeout._ENTERED:
            self._state = Timeout._EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = Timeout._EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- task groups


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append("tasks=%d" % len(self._tasks))
        if self._errors:
            info.append("errors=%d" % len(self._errors))
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return "<TaskGroup%s>" % " ".join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, SystemExit) or isinstance(exc, KeyboardInterrupt)

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        del self._tasks[task]
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler(
                {
                    "message": "Task %r has errored out but its parent task %s is already completed"
                    % (task, self._parent_task),
                    "exception": exc,
                    "task": task,
                }
            )
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent (whatever it awaits in the group's body),
            # and say later, in __aexit__, that it was only this.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
