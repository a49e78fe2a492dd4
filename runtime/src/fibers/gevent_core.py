"""gevent._core: the hub and the Greenlet class, written in Python over the
runtime's greenlets (fibers) and compiled by pyco2cpp into the runtime.

The loop, the Waiter, get_hub and sleep are native (_gevent:
loop/gevent_loop.cpp, fibers/gevent_hub.cpp): programs print in the order
gevent wakes things, and the loop keeps the order of libev's loop as
gevent 22.10 drives it:
  - one iteration: the callbacks (run_callback: spawn, sleep(0), kill,
    link notification), FIFO, including the ones added while they run; then
    the wait for the next timer (rounded up to the millisecond, at least
    one, as libev's epoll backend); then every timer that is due, in the
    order of libev's 4-ary heap, highest priority first;
  - a timer's deadline is the loop's cached time plus its delay; the cached
    time is read again after each wait, when a timer starts from a
    callback, and by sleep();
  - the loop ends when no callback is queued and no referenced timer is
    active: the hub then raises LoopExit in the main greenlet.
The clock is the runtime's (never monkey-patched), so
PYCO2CPP_VIRTUAL_CLOCK=1 makes every wait instant.
"""

from greenlet import greenlet, getcurrent, GreenletExit
import sys
from _gevent import print_exception as _print_exception, timestamp as _timestamp, greenlet_dead as _greenlet_dead
from _gevent import Loop, Waiter, get_hub, get_hub_if_exists, sleep

__version__ = '22.10.2'

# ---------------------------------------------------------------- exceptions


class LoopExit(Exception):
    __module__ = 'gevent.exceptions'
    """Raised in the main greenlet when the hub's loop has nothing left to
    wait for."""

    @property
    def hub(self):
        return self.args[1] if len(self.args) > 1 else None

    def __str__(self):
        if len(self.args) == 3:
            return "%s\n\tHub: %s\n\tHandles:\n%s" % (self.args[0], self.args[1], repr(self.args[2]))
        return Exception.__str__(self)


class BlockingSwitchOutError(AssertionError):
    __module__ = 'gevent.exceptions'
    pass


class InvalidSwitchError(AssertionError):
    __module__ = 'gevent.exceptions'
    pass


class ConcurrentObjectUseError(AssertionError):
    __module__ = 'gevent.exceptions'
    pass


# ---------------------------------------------------------------- the hub

class _IdentRegistry(object):
    """Greenlet-N numbers: the lowest number no living greenlet holds."""

    def __init__(self):
        self._taken = set()

    def get_ident(self):
        n = 0
        while n in self._taken:
            n += 1
        self._taken.add(n)
        return n

    def release(self, n):
        self._taken.discard(n)


class Hub(greenlet):
    __module__ = 'gevent.hub'
    SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self):
        greenlet.__init__(self)
        self.loop = Loop()
        self.loop.error_handler = self
        self.ident_registry = _IdentRegistry()
        self.name = ''

    def __repr__(self):
        return "<Hub '%s' at 0x%x epoll default pending=0 ref=-1 thread_ident=0x1>" % (self.name, id(self))

    def run(self):
        while True:
            self.loop.run()
            self.parent.throw(LoopExit('This operation would block forever', self, []))

    def switch(self):
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return greenlet.switch(self)

    def wait(self, watcher):
        waiter = Waiter(self)
        unique = object()
        watcher.start(waiter.switch, unique)
        try:
            result = waiter.get()
            if result is not unique:
                raise InvalidSwitchError('Invalid switch into %s: got %r (expected %r)' % (getcurrent(), result, unique))
        finally:
            watcher.stop()

    def handle_error(self, context, type, value, tb):
        if type is not None and issubclass(type, self.NOT_ERROR) and not issubclass(type, SystemExit):
            return
        if type is not None and issubclass(type, SystemExit):
            self.handle_system_error(type, value)
            return
        self.print_exception(context, type, value, tb)
        if type is not None and issubclass(type, self.SYSTEM_ERROR):
            self.handle_system_error(type, value)

    def handle_system_error(self, type, value):
        current = getcurrent()
        if current is self or current is self.parent:
            self.parent.throw(value)
        else:
            self.loop.run_callback(self.parent.throw, value)

    def print_exception(self, context, type, value, tb):
        if value is not None:
            _print_exception(value)
        if context is not None:
            try:
                context_text = repr(context)
            except Exception:
                context_text = '<context repr failed>'
            sys.stderr.write('%s %s failed with %s\n\n' % (_timestamp(), context_text,
                                                        getattr(type, '__name__', 'exception')))

    def join(self, timeout=None):
        if getcurrent() is self:
            raise RuntimeError('Cannot join the hub from itself')
        if self.dead:
            return True
        waiter = Waiter(self)
        if timeout is not None:
            timeout = self.loop.timer(timeout, ref=False)
            timeout.start(waiter.switch, None)
        try:
            try:
                waiter.get()
            except LoopExit:
                return True
        finally:
            if timeout is not None:
                timeout.stop()
        return False


class _NoneType(object):
    def __repr__(self):
        return '<default value>'


_NONE = _NoneType()


class MultipleWaiter(Waiter):
    def __init__(self, hub=None):
        Waiter.__init__(self, hub)
        self._values = []

    def switch(self, value):
        self._values.append(value)
        Waiter.switch(self, True)

    def get(self):
        if not self._values:
            Waiter.get(self)
            Waiter.clear(self)
        return self._values.pop(0)


def idle(priority=0):
    sleep(0)


def kill(greenlet, exception=GreenletExit):
    if not greenlet.dead:
        if hasattr(greenlet, 'kill'):
            greenlet.kill(exception=exception, block=False)
        else:
            get_hub().loop.run_callback(greenlet.throw, exception)


# ---------------------------------------------------------------- Timeout


class _FakeTimer(object):
    pending = False
    active = False
    seconds = None

    def start(self, *args, **kwargs):
        raise AssertionError("non-expiring timer cannot be started")

    def stop(self):
        return

    cancel = stop

    def close(self):
        return

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return


_FAKE_TIMER = _FakeTimer()


class Timeout(BaseException):
    __module__ = 'gevent.timeout'
    def __init__(self, seconds=None, exception=None, ref=True, priority=-1, _one_shot=False):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self._one_shot = _one_shot
        if seconds is None:
            self.timer = _FAKE_TIMER
        else:
            self.timer = get_hub().loop.timer(seconds or 0.0, ref=ref, priority=priority)

    def start(self):
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        if self.exception is None or self.exception is False or isinstance(self.exception, str):
            throws = self
        else:
            throws = self.exception
        self.timer.start(getcurrent().throw, throws)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True, _one_shot=False):
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        timeout = cls(timeout, exception, ref=ref, _one_shot=_one_shot)
        timeout.start()
        return timeout

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        if timeout is None:
            return _FAKE_TIMER
        return Timeout.start_new(timeout, exception, ref, _one_shot=True)

    @property
    def pending(self):
        return self.timer.pending or self.timer.active

    def cancel(self):
        self.timer.stop()
        if self._one_shot:
            self.close()

    def close(self):
        self.timer.stop()
        self.timer.close()
        self.timer = _FAKE_TIMER

    def __repr__(self):
        classname = type(self).__name__
        if self.pending:
            pending = ' pending'
        else:
            pending = ''
        if self.exception is None:
            exception = ''
        else:
            exception = ' exception=%r' % (self.exception,)
        return '<%s at 0x%x seconds=%s%s%s>' % (classname, id(self), self.seconds, exception, pending)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.cancel()
        if value is self and self.exception is False:
            return True
        return None


def with_timeout(seconds, function, *args, **kwds):
    timeout_value = kwds.pop("timeout_value", _NONE)
    timeout = Timeout.start_new(seconds, _one_shot=True)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()


# ---------------------------------------------------------------- Greenlet


class _CancelledStart(object):
    pending = False
    active = False

    def stop(self):
        return

    def close(self):
        return


_cancelled_start_event = _CancelledStart()
_start_completed_event = _CancelledStart()


class SpawnedLink(object):
    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        self.callback = callback

    def __call__(self, source):
        g = greenlet(self.callback, get_hub())
        g.switch(source)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)


class SuccessSpawnedLink(SpawnedLink):
    def __call__(self, source):
        if source.successful():
            return SpawnedLink.__call__(self, source)
        return None


class FailureSpawnedLink(SpawnedLink):
    def __call__(self, source):
        if not source.successful():
            return SpawnedLink.__call__(self, source)
        return None


class Greenlet(greenlet):
    __module__ = 'gevent._gevent_cgreenlet'
    def __init__(self, run=None, *args, **kwargs):
        greenlet.__init__(self, None, get_hub())
        if run is not None:
            self._run = run
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._start_event = None
        self._notifier = None
        self._links = []
        self._ident = None
        self._exc_info = None
        self._name = None

    def _run(self):
        return None

    @property
    def minimal_ident(self):
        if self._ident is None:
            self._ident = self.parent.ident_registry.get_ident()
        return self._ident

    @property
    def name(self):
        if self._name is None:
            self._name = 'Greenlet-%d' % (self.minimal_ident,)
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def __del__(self):
        hub = get_hub_if_exists()
        if self._ident is not None and hub is not None:
            hub.ident_registry.release(self._ident)

    @property
    def loop(self):
        return self.parent.loop

    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    @property
    def started(self):
        return bool(self)

    # dead: killed before it started, started but its start was cancelled,
    # or its greenlet ended (gevent's greenlet.py).
    @property
    def dead(self):
        event = self._start_event
        if event is _cancelled_start_event:
            return True
        if (event is not None and event is not _start_completed_event
                and not (event.pending or getattr(event, 'active', False))):
            return True
        return _greenlet_dead(self)

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        ei = self._exc_info
        if ei is not None and ei[0] is not None:
            return (ei[0], ei[1], ei[2])
        return None

    def ready(self):
        return self.dead or self._exc_info is not None

    def successful(self):
        return self._exc_info is not None and self._exc_info[1] is None

    def __repr__(self):
        classname = self.__class__.__name__
        if self._name is None:
            result = '<%s at 0x%x' % (classname, id(self))
        else:
            result = '<%s "%s" at 0x%x' % (classname, self._name, id(self))
        formatted = self._formatinfo()
        if formatted:
            result += ': ' + formatted
        return result + '>'

    def _formatinfo(self):
        try:
            function = self._run
        except AttributeError:
            return ''
        if function is None:
            return ''
        name = getattr(function, '__qualname__', None) or getattr(function, '__name__', None)
        if name is None:
            name = repr(function)
        result = name
        args = []
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self.kwargs:
            args.extend(['%s=%s' % (key, repr(value)[:50]) for (key, value) in self.kwargs.items()])
        if args:
            result += '(' + ', '.join(args) + ')'
        return result

    def throw(self, *args):
        self.__cancel_start()
        try:
            if not self.dead:
                greenlet.throw(self, *args)
        finally:
            self.__handle_death_before_start(args)

    def start(self):
        if self._start_event is None:
            self._start_event = self.parent.loop.run_callback(self.switch)

    def start_later(self, seconds):
        if self._start_event is None:
            self._start_event = self.parent.loop.timer(seconds)
            self._start_event.start(self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def __cancel_start(self):
        if self._start_event is None:
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        self._start_event.close()

    def __handle_death_before_start(self, args):
        if self._exc_info is None and self.dead:
            if len(args) == 1:
                arg = args[0]
                if isinstance(arg, type) and issubclass(arg, BaseException):
                    args = (arg, arg(), None)
                else:
                    args = (type(arg), arg, None)
            elif not args:
                args = (GreenletExit, GreenletExit(), None)
            if not issubclass(args[0], BaseException):
                args = (BaseException, BaseException(args), None)
            self._report_error(args)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        self.__cancel_start()
        if self.dead:
            self.__handle_death_before_start((exception,))
        else:
            waiter = Waiter() if block else None
            self.parent.loop.run_callback(_kill, self, exception, waiter)
            if block:
                waiter.get()
                self.join(timeout)

    def get(self, block=True, timeout=None):
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        if not block:
            raise Timeout()
        self._wait_until_ready(timeout, 'get', True)
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        return None

    def _raise_exception(self):
        raise self._exc_info[1]

    def join(self, timeout=None):
        if self.ready():
            return
        self._wait_until_ready(timeout, 'join', False)

    def _wait_until_ready(self, timeout, method, timeout_raises):
        # Waits in the hub until this greenlet's links wake us (or the
        # timeout: join() then returns quietly, get() lets it out).
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.%s(): %r' % (method, result))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if timeout_raises or ex is not t:
                raise
        except:  # noqa: E722
            self.unlink(switch)
            raise

    def _report_result(self, result):
        self._exc_info = (None, None, None)
        self.value = result
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def _report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self._report_result(exc_info[1])
            return
        self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)
        self.parent.handle_error(self, exc_info[0], exc_info[1], exc_info[2])

    def run(self):
        try:
            self.__cancel_start()
            self._start_event = _start_completed_event
            try:
                result = self._run(*self.args, **self.kwargs)
            except:  # noqa: E722
                self._report_error(sys.exc_info())
                return
            self._report_result(result)
        finally:
            try:
                del self._run  # a run given to the constructor (the class's own stays)
            except AttributeError:
                pass
            self.args = ()
            self.kwargs.clear()

    def has_links(self):
        return len(self._links)

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        if self.ready() and self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=SpawnedLink):
        self.rawlink(SpawnedLink(callback))

    def unlink(self, callback):
        # (gevent catches remove()'s ValueError; asking first is the same
        # and raises nothing: joinall unlinks from every greenlet it waited for)
        if callback in self._links:
            self._links.remove(callback)

    def unlink_all(self):
        del self._links[:]

    def link_value(self, callback, SpawnedLink=SuccessSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def link_exception(self, callback, SpawnedLink=FailureSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except:  # noqa: E722
                self.parent.handle_error((link, self), *sys.exc_info())


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except:  # noqa: E722
        glet.parent.handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later


def spawn_raw(function, *args, **kwargs):
    hub = get_hub()
    if kwargs:
        def run():
            return function(*args, **kwargs)
        g = greenlet(run, hub)
        hub.loop.run_callback(g.switch)
    else:
        g = greenlet(function, hub)
        hub.loop.run_callback(g.switch, *args)
    return g


# ---------------------------------------------------------------- waiting for many


class _WaitIterator(object):
    def __init__(self, objects, hub, timeout, count):
        self._hub = hub
        self._waiter = MultipleWaiter(hub)
        self._switch = self._waiter.switch
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._count = len(objects) if count is None else min(count, len(objects))

    def _begin(self):
        if self._begun:
            return
        self._begun = True
        for obj in self._objects:
            obj.rawlink(self._switch)
        if self._timeout is not None:
            self._timer = self._hub.loop.timer(self._timeout, priority=-1)
            self._timer.start(self._switch, self)

    def __iter__(self):
        return self

    def __next__(self):
        self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            item = self._waiter.get()
            self._waiter.clear()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except:  # noqa: E722
            self._cleanup()
            raise

    def _cleanup(self):
        if self._timer is not None:
            self._timer.close()
            self._timer = None
        objs = self._objects
        self._objects = ()
        for aobj in objs:
            unlink = getattr(aobj, 'unlink', None)
            if unlink is not None:
                try:
                    unlink(self._switch)
                except:  # noqa: E722
                    pass

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self._cleanup()


def iwait(objects, timeout=None, count=None):
    return _WaitIterator(list(objects), get_hub(), timeout, count)


def wait(objects=None, timeout=None, count=None):
    if objects is None:
        return get_hub().join(timeout=timeout)
    return list(iwait(objects, timeout, count))


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, 'exception', None) is not None:
            if hasattr(obj, '_raise_exception'):
                obj._raise_exception()
            else:
                raise obj.exception
        done.append(obj)
    return done


def _killall(greenlets, exception):
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:  # noqa: E722
                g.parent.handle_error(g, *sys.exc_info())


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    greenlets = list(greenlets)
    if not greenlets:
        return
    loop = greenlets[0].loop
    if block:
        waiter = Waiter()
        loop.run_callback(_killall3, greenlets, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get()
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        loop.run_callback(_killall, greenlets, exception)


def _killall3(greenlets, exception, waiter):
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:  # noqa: E722
                g.parent.handle_error(g, *sys.exc_info())
            if not g.dead:
                diehards.append(g)
    waiter.switch(diehards)

