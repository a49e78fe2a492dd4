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


class _MapIterator(Greenlet):
    """What imap and imap_unordered return: a greenlet that spawns one task
    per item through the group (so a Pool bounds them) and hands each
    outcome to the reader through a queue as the task finishes, from the
    task's link (in the hub). `ordered` (imap): the reader gets them in
    input order, outcomes that come early waiting in a dict. maxsize bounds
    the outcomes waiting for the reader."""

    def __init__(self, func, items, spawn_task, maxsize, ordered):
        Greenlet.__init__(self)
        self._func = func
        self._items = items
        self._spawn_task = spawn_task
        self._ordered = ordered
        self._outcomes = UnboundQueue()   # (index, ok, value or exception)
        self._slots = Semaphore(maxsize) if maxsize else None
        self._running = 0
        self._count = 0                   # tasks spawned so far; the end's index
        self._done = False
        self._early = {}
        self._next_index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._slots is not None:
            self._slots.release()
        index, ok, value = self._take()
        if ok:
            return value
        raise value

    def _take(self):
        if not self._ordered:
            return self._outcomes.get()
        while self._next_index not in self._early:
            outcome = self._outcomes.get()
            self._early[outcome[0]] = outcome
        outcome = self._early.pop(self._next_index)
        self._next_index += 1
        return outcome

    def _run(self):
        try:
            for item in self._items:
                if self._slots is not None:
                    self._slots.acquire()
                self._running += 1
                task = self._spawn_task(self._func, *item)
                task._map_index = self._count
                self._count += 1
                task.rawlink(self._task_done)
            self._end(None)
        except BaseException as e:
            self._end(e)
            raise
        finally:
            self._spawn_task = None
            self._func = None
            self._items = None
            self._slots = None

    def _task_done(self, task):
        self._running -= 1
        last = self.ready() and self._running <= 0 and not self._done
        if last:
            self._done = True
        if task.successful():
            self._outcomes.put((task._map_index, True, task.value))
        else:
            self._outcomes.put((task._map_index, False, task.exception))
        if last:
            self._outcomes.put((self._count, False, StopIteration()))

    def _end(self, exception):
        # The items ran out (exception None) or iterating them raised.
        if self._done:
            return
        if exception is not None:
            self._done = True
            self._outcomes.put((self._count, False, exception))
        elif self._running <= 0:
            self._done = True
            self._outcomes.put((self._count, False, StopIteration()))


# ---------------------------------------------------------------- Group and Pool


class _OnSuccess(object):
    """apply_async's callback, as a link: called with the value, on success
    only; equal to the callback itself (so unlink finds it)."""

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source.value)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)


class Group(object):
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

    # -- apply and map: each task spawned through self.spawn (a Pool's bound)

    def apply(self, func, args=None, kwds=None):
        args = () if args is None else args
        kwds = {} if kwds is None else kwds
        # From one of our own greenlets it runs inline: a full pool would
        # never free the slot it waits for.
        if getcurrent() in self:
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            Greenlet.spawn(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        args = () if args is None else args
        kwds = {} if kwds is None else kwds
        if self.full():
            # spawn() would block the caller: a greenlet of its own waits.
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(_OnSuccess(callback))
        return greenlet

    def _map_all(self, func, iterable):
        tasks = [self.spawn(func, item) for item in iterable]
        return [task.get() for task in tasks]

    def map(self, func, iterable):
        # In a greenlet of its own, as gevent does (the loop's order shows it).
        return Greenlet.spawn(self._map_all, func, iterable).get()

    def map_cb(self, func, iterable, callback=None):
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def _map_iterator(self, ordered, func, iterables, kwargs):
        maxsize = kwargs.pop('maxsize', None)
        if kwargs:
            raise TypeError("Unsupported keyword arguments")
        return _MapIterator.spawn(func, zip(*iterables), self.spawn, maxsize, ordered)

    def imap(self, func, *iterables, **kwargs):
        return self._map_iterator(True, func, iterables, kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        return self._map_iterator(False, func, iterables, kwargs)


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
