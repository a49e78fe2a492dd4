"""threading for pyco2cpp: the little of CPython's threading module that a
program without threads can use, and gevent's patched version of it.

The runtime runs one OS thread. Unpatched, this module says so honestly:
current_thread() is always the main thread (as under CPython, where
greenlets share one thread), and Thread.start() raises RuntimeError, since
no real thread can be started.

gevent.monkey.patch_thread() (patch_all) calls _patch_for_gevent(); from
then on, as with gevent 22.10's patched threading:
  - get_ident() is the current greenlet's id;
  - current_thread() is the Thread a greenlet runs, the main thread in the
    greenlet that patched, and otherwise a _DummyThread made the first time
    a greenlet asks ('Dummy-N', N from the counter Thread-N names use);
  - Thread.start() spawns a Greenlet and, as gevent's does, waits until it
    has begun; join() waits until it has finished (woken from a hub
    callback, as gevent's lock-based join).
A compiled module's functions do not see attributes later set on the module
object, which is why the patch is a call here rather than attributes that
gevent.monkey replaces (it sets those too, for what programs read).

Not here: Lock, RLock, Event, Condition, Semaphore, Timer, excepthook,
settrace, and the joining of non-daemon threads at exit that patched CPython
does (the runtime has no exit hook).
"""

import sys
from greenlet import getcurrent

__all__ = ['current_thread', 'currentThread', 'main_thread', 'get_ident', 'Thread',
           'enumerate', 'active_count', 'activeCount', 'local']

# Unpatched get_ident(): the one thread's (CPython shows the OS thread id).
_MAIN_IDENT = 1

_counter = [0]


def _newname(name_template="Thread-%d"):
    # One counter for Thread-N and Dummy-N, as CPython's.
    _counter[0] += 1
    return name_template % _counter[0]


# What gevent.monkey hands over; None while unpatched.
_gevent = None

# Patched: each greenlet that is a thread (main, Thread, _DummyThread) -> it.
# Keyed by the greenlet (no weakrefs): a Greenlet's entry goes when it
# finishes; a raw greenlet's stays, and keeps it alive.
_active = {}


class _GeventHooks(object):
    def __init__(self, spawn, get_hub, waiter_class, sleep):
        self.spawn = spawn
        self.get_hub = get_hub
        self.Waiter = waiter_class
        self.sleep = sleep


def _patch_for_gevent(spawn, get_hub, waiter_class, sleep):
    """Called by gevent.monkey.patch_thread() with gevent's Greenlet.spawn,
    get_hub, Waiter and sleep. The greenlet that patches becomes the main thread."""
    global _gevent
    if _gevent is not None:
        return
    _gevent = _GeventHooks(spawn, get_hub, waiter_class, sleep)
    _main_thread._ident = id(getcurrent())
    _active[getcurrent()] = _main_thread


def get_ident():
    if _gevent is None:
        return _MAIN_IDENT
    return id(getcurrent())


def current_thread():
    if _gevent is None:
        return _main_thread
    thread = _active.get(getcurrent())
    if thread is None:
        thread = _DummyThread()
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    if _gevent is None:
        return [_main_thread]
    return list(_active.values())


def active_count():
    return len(enumerate())


activeCount = active_count


class _Flag(object):
    """gevent's Event, as a patched Thread uses it for 'started' and
    'finished': set() wakes the waiters from one hub callback, in order."""

    def __init__(self):
        self.flag = False
        self._waiters = []
        self._notifier = None

    def set(self):
        self.flag = True
        if self._waiters and self._notifier is None:
            self._notifier = _gevent.get_hub().loop.run_callback(self._notify)

    def _notify(self):
        try:
            while self._waiters:
                self._waiters.pop(0).switch(True)
        finally:
            self._notifier = None

    def wait(self, timeout=None):
        if self.flag:
            return True
        waiter = _gevent.Waiter()
        self._waiters.append(waiter)
        timer = None
        if timeout is not None:
            timer = _gevent.get_hub().loop.timer(timeout)
            timer.start(waiter.switch, False)
        try:
            return waiter.get()
        finally:
            if timer is not None:
                timer.close()
            if waiter in self._waiters:
                self._waiters.remove(waiter)


class Thread(object):
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += " (%s)" % (target_name,)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = None    # a _Flag once start() is called
        self._finished = None
        self._is_stopped = False
        self._initialized = True

    def _is_started(self):
        return self._started is not None and self._started.flag

    def __repr__(self):
        status = "initial"
        if self._is_started():
            status = "started"
        self.is_alive()  # (as CPython's: sees a thread that has just ended)
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started is not None:
            raise RuntimeError("threads can only be started once")
        if _gevent is None:
            raise RuntimeError('pyco2cpp: threads are not supported; use gevent.monkey.patch_all() first')
        self._started = _Flag()
        self._finished = _Flag()
        _gevent.spawn(self._bootstrap)
        # As gevent's patched start(): back once the greenlet has begun
        # (it runs until it first blocks, or to its end).
        self._started.wait()

    def _bootstrap(self):
        g = getcurrent()
        self._ident = id(g)
        g.rawlink(self._greenlet_finished)
        self._started.set()
        _active[g] = self
        try:
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException:
                # threading.excepthook's report; the greenlet itself ends well.
                sys.stderr.write("Exception in thread %s:\n" % (self._name,))
                _gevent.get_hub().print_exception(None, *sys.exc_info())
        finally:
            _active.pop(g, None)

    def _greenlet_finished(self, greenlet):
        self._is_stopped = True
        self._finished.set()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._is_started():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._finished.wait(timeout)

    def is_alive(self):
        if self._is_stopped or not self._is_started():
            return False
        if _gevent is not None and getcurrent() is not _gevent.get_hub():
            # gevent's is_alive() tries its held tstate lock without
            # blocking, and a failed try sleeps (lets the loop run once): a
            # greenlet that has just ended is seen stopped.
            _gevent.sleep()
        return not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._is_started():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = _Flag()
        self._started.flag = True
        self._ident = _MAIN_IDENT


class _DummyThread(Thread):
    """A greenlet that was not started as a Thread, once patched (gevent's
    _DummyThread): daemon, always alive, gone from _active when its
    Greenlet finishes."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = _Flag()
        self._started.flag = True
        g = getcurrent()
        self._ident = id(g)
        _active[g] = self
        rawlink = getattr(g, 'rawlink', None)
        if rawlink is not None:
            rawlink(_cleanup)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def _cleanup(greenlet):
    _active.pop(greenlet, None)


class local(object):
    """With one thread, a thread-local object is an ordinary object
    (gevent.monkey replaces it by gevent.local.local)."""
    pass


_main_thread = _MainThread()
