"""gevent.pool: Group (a set of running greenlets) and Pool (a Group with
a size limit), with the map/imap/apply helpers, as gevent 22.10 has them.

What a program can see depends on when gevent wakes things, so the
blocking parts are gevent's own primitives, as in gevent:
  - a finished greenlet leaves its group from its link notification
    (Greenlet.rawlink), and a Pool's slot frees at that moment;
  - a Pool's spawn() blocks on a gevent.lock.Semaphore (waiters woken from
    one hub callback, in the order they blocked, while a slot is free);
  - join() waits on a gevent.event.Event set when the group becomes empty;
  - imap's results go through a gevent.queue.UnboundQueue.
"""

from greenlet import getcurrent, GreenletExit
from gevent import Greenlet, Timeout, joinall, kill as _kill
from gevent.event import Event
from gevent.lock import Semaphore, DummySemaphore
from gevent.queue import UnboundQueue, Full as QueueFull

__all__ = ['Group', 'Pool', 'PoolFull']


# ---------------------------------------------------------------- imap


class _Failure(object):
    def __init__(self, exc, raise_exception=None):
        self.exc = exc
        self.raise_exception = raise_exception


def _raise_exc(failure):
    if failure.raise_exception:
        failure.raise_exception()
    else:
        raise failure.exc


class IMapUnordered(Greenlet):
    """The iterator imap_unordered returns: a greenlet that spawns one task
    per item (through the group's spawn, so a Pool bounds them) and queues
    each result as its task finishes."""

    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.spawn = spawn
        self._zipped = _zipped
        self.func = func
        self.iterable = iterable
        self.queue = UnboundQueue()
        # maxsize bounds the results waiting for the reader.
        self._result_semaphore = Semaphore(maxsize) if maxsize else None
        self._outstanding_tasks = 0
        self._max_index = -1
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._result_semaphore is not None:
            self._result_semaphore.release()
        value = self._inext()
        if isinstance(value, _Failure):
            _raise_exc(value)
        return value

    def _inext(self):
        return self.queue.get()

    def _ispawn(self, func, item, item_index):
        if self._result_semaphore is not None:
            self._result_semaphore.acquire()
        self._outstanding_tasks += 1
        g = self.spawn(func, *item) if self._zipped else self.spawn(func, item)
        g._imap_task_index = item_index
        g.rawlink(self._on_result)
        return g

    def _run(self):
        try:
            func = self.func
            for item in self.iterable:
                self._max_index += 1
                self._ispawn(func, item, self._max_index)
            self._on_finish(None)
        except BaseException as e:
            self._on_finish(e)
            raise
        finally:
            self.spawn = None
            self.func = None
            self.iterable = None
            self._result_semaphore = None

    def _on_result(self, greenlet):
        # Called in the hub (rawlink).
        self._outstanding_tasks -= 1
        put_finished = False
        if self.ready() and self._outstanding_tasks <= 0 and not self.finished:
            self.finished = True
            put_finished = True
        if greenlet.successful():
            self.queue.put(self._iqueue_value_for_success(greenlet))
        else:
            self.queue.put(self._iqueue_value_for_failure(greenlet))
        if put_finished:
            self.queue.put(self._iqueue_value_for_self_finished())

    def _on_finish(self, exception):
        if self.finished:
            return
        if exception is not None:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_failure(exception))
            return
        if self._outstanding_tasks <= 0:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_finished())

    def _iqueue_value_for_success(self, greenlet):
        return greenlet.value

    def _iqueue_value_for_failure(self, greenlet):
        return _Failure(greenlet.exception, greenlet._raise_exception)

    def _iqueue_value_for_self_finished(self):
        return _Failure(StopIteration())

    def _iqueue_value_for_self_failure(self, exception):
        return _Failure(exception, self._raise_exception)


class IMap(IMapUnordered):
    """imap's iterator: results in input order (each tagged with its index;
    early ones wait in a dict)."""

    def __init__(self, *args, **kwargs):
        self._results = {}
        self.index = 0
        IMapUnordered.__init__(self, *args, **kwargs)

    def _inext(self):
        if self.index in self._results:
            value = self._results.pop(self.index)
        else:
            while True:
                index, value = self.queue.get()
                if index == self.index:
                    break
                self._results[index] = value
        self.index += 1
        return value

    def _iqueue_value_for_success(self, greenlet):
        return (greenlet._imap_task_index, IMapUnordered._iqueue_value_for_success(self, greenlet))

    def _iqueue_value_for_failure(self, greenlet):
        return (greenlet._imap_task_index, IMapUnordered._iqueue_value_for_failure(self, greenlet))

    def _iqueue_value_for_self_finished(self):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_finished(self))

    def _iqueue_value_for_self_failure(self, exception):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_failure(self, exception))


# ---------------------------------------------------------------- Group and Pool


class pass_value(object):
    """apply_async's callback link: called with the value on success only."""

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source.value)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __str__(self):
        return str(self.callback)

    def __repr__(self):
        return repr(self.callback)


class GroupMappingMixin(object):
    """map/imap/apply over the subclass's spawn()."""

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            self._apply_async_cb_spawn(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_async_use_greenlet():
            # spawn() would block: an untracked greenlet calls it later.
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(pass_value(callback))
        return greenlet

    def apply(self, func, args=None, kwds=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_immediately():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def __map(self, func, iterable):
        return [g.get() for g in [self.spawn(func, i) for i in iterable]]

    def map(self, func, iterable):
        # In a greenlet of its own, as gevent does (it changes the loop's order).
        g = Greenlet.spawn(self.__map, func, iterable)
        return g.get()

    def map_cb(self, func, iterable, callback=None):
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def __imap(self, cls, func, *iterables, **kwargs):
        maxsize = kwargs.pop('maxsize', None)
        if kwargs:
            raise TypeError("Unsupported keyword arguments")
        return cls.spawn(func, zip(*iterables), spawn=self.spawn, _zipped=True, maxsize=maxsize)

    def imap(self, func, *iterables, **kwargs):
        return self.__imap(IMap, func, *iterables, **kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        return self.__imap(IMapUnordered, func, *iterables, **kwargs)


class Group(GroupMappingMixin):
    """The running greenlets added or spawned; each leaves when it finishes."""

    greenlet_class = Greenlet

    def __init__(self, *args):
        assert len(args) <= 1, args
        self.greenlets = set(*args)
        if args:
            for greenlet in args[0]:
                greenlet.rawlink(self._discard)
        # What kill() has already killed, so it is not killed twice.
        self.dying = set()
        self._empty_event = Event()
        self._empty_event.set()

    def __repr__(self):
        return '<%s at 0x%x %s>' % (type(self).__name__, id(self), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(self.greenlets)

    def add(self, greenlet):
        rawlink = getattr(greenlet, 'rawlink', None)
        if rawlink is not None:   # (not for a raw greenlet, such as main)
            rawlink(self._discard)
        self.greenlets.add(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.discard(greenlet)
        self.dying.discard(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        self._discard(greenlet)
        unlink = getattr(greenlet, 'unlink', None)
        if unlink is not None:
            unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        """Wait until the group is empty (once); False if the timeout came
        first. raise_error: raise the exception of a greenlet that was in
        the group when join began."""
        greenlets = list(self.greenlets) if raise_error else ()
        result = self._empty_event.wait(timeout=timeout)
        for greenlet in greenlets:
            if greenlet.exception is not None:
                if hasattr(greenlet, '_raise_exception'):
                    greenlet._raise_exception()
                raise greenlet.exception
        return result

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    kill = getattr(greenlet, 'kill', None)
                    if kill is None:
                        _kill(greenlet, exception)
                    else:
                        kill(exception, block=False)
                    self.dying.add(greenlet)
                if not block:
                    break
                joinall(self.greenlets)
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying.add(greenlet)
            if block:
                greenlet.join(timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        return None

    def _apply_immediately(self):
        # apply() from one of our own greenlets runs inline (a full pool
        # would deadlock otherwise).
        return getcurrent() in self

    def _apply_async_cb_spawn(self, callback, result):
        Greenlet.spawn(callback, result)

    def _apply_async_use_greenlet(self):
        return self.full()


class PoolFull(QueueFull):
    """A full Pool's add() without blocking, or after its timeout."""
    pass


class Pool(Group):
    """A Group of at most `size` greenlets: spawn()/add() block while it is
    full (size None: no limit; 0: always full)."""

    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        if size is None:
            self._semaphore = DummySemaphore(size)
        else:
            self._semaphore = Semaphore(size)

    def wait_available(self, timeout=None):
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, *args, **kwargs):
        self.add(greenlet, *args, **kwargs)
        greenlet.start()

    def add(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except:  # noqa: E722
            self._semaphore.release()
            raise

    def _discard(self, greenlet):
        Group._discard(self, greenlet)
        self._semaphore.release()
