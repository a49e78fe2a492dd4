"""gevent.queue: Queue, PriorityQueue, LifoQueue, JoinableQueue, Channel.

As in gevent 22.10, blocked getters and putters wait on Waiters kept FIFO;
an operation that makes room or an item for them does not hand it over
itself but schedules one hub callback (_unlock) that pairs them up, in the
order they blocked, once the current greenlet yields.
"""

import sys
import heapq
from collections import deque
from greenlet import getcurrent
from gevent import get_hub, Timeout, Waiter, InvalidSwitchError
from gevent.event import Event


# gevent's Full and Empty are the standard library's: tracebacks name them
# queue.Full and _queue.Empty (the C module's).
class Full(Exception):
    __module__ = 'queue'


class Empty(Exception):
    __module__ = '_queue'


def _safe_remove(deq, item):
    try:
        deq.remove(item)
    except ValueError:
        pass


class ItemWaiter(Waiter):
    """A blocked putter: its item goes in when there is room."""

    def __init__(self, item, queue):
        Waiter.__init__(self)
        self.item = item
        self.queue = queue

    def put_and_switch(self):
        self.queue._put(self.item)
        self.queue = None
        self.item = None
        return self.switch(self)


class _GetterBase(object):
    """What Queue and Channel share: the unlock callback is scheduled once,
    and iterating gets items until StopIteration itself is got."""

    def _schedule_unlock(self):
        if self._event_unlock is None:
            self._event_unlock = self.hub.loop.run_callback(self._unlock)

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__


class Queue(_GetterBase):
    def __init__(self, maxsize=None, items=(), _warn_depth=2):
        # Queue(0) means unbounded (gevent also warns: DeprecationWarning).
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize if maxsize is not None else -1
        self.getters = deque()
        self.putters = deque()
        self.hub = get_hub()
        # The queued _unlock callback while it is pending or running, else None.
        self._event_unlock = None
        self.queue = self._create_queue(items)

    @property
    def maxsize(self):
        return self._maxsize if self._maxsize > 0 else None

    @maxsize.setter
    def maxsize(self, nv):
        if nv is None or nv <= 0:
            self._maxsize = -1
        else:
            self._maxsize = nv

    def copy(self):
        return type(self)(self.maxsize, self.queue)

    def _create_queue(self, items=()):
        return deque(items)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    def _put(self, item):
        self.queue.append(item)

    def __repr__(self):
        return '<%s at %s%s>' % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return '<%s%s>' % (type(self).__name__, self._format())

    def _format(self):
        result = []
        if self.maxsize is not None:
            result.append('maxsize=%r' % (self.maxsize,))
        if self.queue:
            result.append('queue=%r' % (self.queue,))
        if self.getters:
            result.append('getters[%s]' % len(self.getters))
        if self.putters:
            result.append('putters[%s]' % len(self.putters))
        if result:
            return ' ' + ' '.join(result)
        return ''

    def qsize(self):
        return len(self.queue)

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        # Always true, whatever its length.
        return True

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def put(self, item, block=True, timeout=None):
        if self._maxsize == -1 or self.qsize() < self._maxsize:
            self._put(item)
            if self.getters:
                self._schedule_unlock()
        elif self.hub is getcurrent():
            # In the hub (a callback) nothing may block: let waiting
            # getters take items now to make room.
            while self.getters and self.qsize() and self.qsize() >= self._maxsize:
                getter = self.getters.popleft()
                getter.switch(getter)
            if self.qsize() < self._maxsize:
                self._put(item)
                return
            raise Full()
        elif block:
            waiter = ItemWaiter(item, self)
            self.putters.append(waiter)
            timeout = Timeout._start_new_or_dummy(timeout, Full)
            try:
                if self.getters:
                    self._schedule_unlock()
                result = waiter.get()
                if result is not waiter:
                    raise InvalidSwitchError('Invalid switch into Queue.put: %r' % (result,))
            finally:
                timeout.cancel()
                _safe_remove(self.putters, waiter)
        else:
            raise Full()

    def put_nowait(self, item):
        self.put(item, False)

    def _get_or_peek(self, method, block, timeout):
        # The queue is empty.
        if self.hub is getcurrent():
            # In the hub: take from a blocked putter, if any.
            while self.putters:
                self.putters.popleft().put_and_switch()
                if self.qsize():
                    return method()
            raise Empty()
        if not block:
            raise Empty()
        waiter = Waiter()
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Queue.get: %r' % (result,))
            return method()
        finally:
            timeout.cancel()
            _safe_remove(self.getters, waiter)

    def get(self, block=True, timeout=None):
        if self.qsize():
            if self.putters:
                self._schedule_unlock()
            return self._get()
        return self._get_or_peek(self._get, block, timeout)

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        if self.qsize():
            return self._peek()
        return self._get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        return self.peek(False)

    def _unlock(self):
        # Runs in the hub: move blocked putters' items in while there is
        # room, wake getters while there are items, until neither can go on.
        try:
            while True:
                repeat = False
                if self.putters and (self._maxsize == -1 or self.qsize() < self._maxsize):
                    repeat = True
                    putter = self.putters.popleft()
                    try:
                        self._put(putter.item)
                    except:  # noqa: E722
                        putter.throw(*sys.exc_info())
                    else:
                        putter.switch(putter)
                if self.getters and self.qsize():
                    repeat = True
                    getter = self.getters.popleft()
                    getter.switch(getter)
                if not repeat:
                    return
        finally:
            self._event_unlock = None



class UnboundQueue(Queue):
    def __init__(self, maxsize=None, items=()):
        if maxsize is not None:
            raise ValueError("UnboundQueue has no maxsize")
        Queue.__init__(self, maxsize, items)
        self.putters = None  # never used: put() never blocks

    def put(self, item, block=True, timeout=None):
        self._put(item)
        if self.getters:
            self._schedule_unlock()


class PriorityQueue(Queue):
    """Hands out the smallest item first."""

    def _create_queue(self, items=()):
        q = list(items)
        heapq.heapify(q)
        return q

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Hands out the item put last first."""

    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        Queue.__init__(self, maxsize, items, 3)
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def copy(self):
        return type(self)(self.maxsize, self.queue, self.unfinished_tasks)

    def _format(self):
        result = Queue._format(self)
        if self.unfinished_tasks:
            result += ' tasks=%s _cond=%s' % (self.unfinished_tasks, self._cond)
        return result

    def _put(self, item):
        Queue._put(self, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        return self._cond.wait(timeout=timeout)


class Channel(_GetterBase):
    """No buffer: put() waits for a getter to take the item, get() for a
    putter to offer one."""

    def __init__(self, maxsize=1):
        if maxsize != 1:
            raise ValueError("Channels have a maxsize of 1")
        self.getters = deque()
        self.putters = deque()
        self.hub = get_hub()
        self._event_unlock = None

    def __repr__(self):
        return '<%s at %s %s>' % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        result = ''
        if self.getters:
            result += ' getters[%s]' % len(self.getters)
        if self.putters:
            result += ' putters[%s]' % len(self.putters)
        return result

    @property
    def balance(self):
        return len(self.putters) - len(self.getters)

    def qsize(self):
        return 0

    def empty(self):
        return True

    def full(self):
        return True

    def put(self, item, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.getters:
                getter = self.getters.popleft()
                getter.switch(item)
                return
            raise Full()
        if not block:
            # Not "fail at once": wait one loop iteration for a getter.
            timeout = 0
        waiter = Waiter()
        item = (item, waiter)
        self.putters.append(item)
        timeout = Timeout._start_new_or_dummy(timeout, Full)
        try:
            if self.getters:
                self._schedule_unlock()
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError("Invalid switch into Channel.put: %r" % (result,))
        except:  # noqa: E722
            _safe_remove(self.putters, item)
            raise
        finally:
            timeout.cancel()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if self.hub is getcurrent():
            if self.putters:
                item, putter = self.putters.popleft()
                self.hub.loop.run_callback(putter.switch, putter)
                return item
        if not block:
            timeout = 0
        waiter = Waiter()
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            return waiter.get()
        except:  # noqa: E722
            self.getters.remove(waiter)
            raise
        finally:
            timeout.close()

    def get_nowait(self):
        return self.get(False)

    def _unlock(self):
        try:
            while self.putters and self.getters:
                getter = self.getters.popleft()
                item, putter = self.putters.popleft()
                getter.switch(item)
                putter.switch(putter)
        finally:
            self._event_unlock = None

