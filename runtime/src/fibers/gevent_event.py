"""gevent.event: Event and AsyncResult, over AbstractLinkable (the linking
and notifying protocol gevent.lock's Semaphore shares).

Wake-up order is gevent 22.10's: links are called in the order they were
added, never from set() itself but from one hub callback (run_callback) that
notifies every link present when it starts; a greenlet that calls wait()
while that callback is running, and finds the object ready, waits behind
the links already queued (gevent issue 1520).
"""

import sys
from greenlet import getcurrent
from gevent import get_hub, get_hub_if_exists, Timeout, InvalidSwitchError, _NONE


class _SyncNotifier(object):
    """Stands in for the notifier callback while links are called at once
    (no hub yet)."""
    pending = False
    args = None


_SYNC_NOTIFIER = _SyncNotifier()


class AbstractLinkable(object):
    def __init__(self, hub=None):
        self._links = []
        # The run_callback of _notify_links while it is queued or running;
        # None otherwise (reset by _notify_links itself: the loop's callback
        # objects are not relied on to turn false once run).
        self._notifier = None
        # Event and AsyncResult notify every link; Semaphore only while it
        # can still be acquired.
        self._notify_all = True
        self.hub = hub

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError()

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        try:
            self._links.remove(callback)
        except ValueError:
            pass
        if not self._links and self._notifier is not None and self._notifier.pending:
            # Queued but not running yet: nobody is left to notify.
            self._notifier.stop()
            self._notifier = None

    def _capture_hub(self, create):
        if self.hub is None:
            self.hub = get_hub() if create else get_hub_if_exists()
        return self.hub

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            hub = self._capture_hub(False)
            if hub is not None:
                self._notifier = hub.loop.run_callback(self._notify_links, [])
            else:
                # No hub: nothing else can run, call the links right away.
                self._notifier = _SYNC_NOTIFIER
                try:
                    self._notify_links([])
                finally:
                    self._notifier = None

    def _notify_link_list(self, links):
        # Call the links in order, each at most once, up to the one that was
        # last when we started (links added meanwhile wait for the next
        # round); the list is mutated in place, links may unlink others.
        if not links:
            return
        only_while_ready = not self._notify_all
        final_link = links[-1]
        done = set()
        while links:
            if only_while_ready and not self.ready():
                break
            link = links.pop(0)
            id_link = id(link)
            if id_link not in done:
                done.add(id_link)
                try:
                    link(self)
                except:  # noqa: E722
                    hub = self.hub if self.hub is not None else get_hub()
                    hub.handle_error((link, self), *sys.exc_info())
            if link is final_link:
                break

    def _notify_links(self, arrived_while_waiting):
        # arrived_while_waiting: greenlets that called wait() while this ran
        # and found us ready; they go after the ones that really blocked.
        notifier = self._notifier
        if notifier is None:
            self._check_and_notify()
            return
        try:
            self._notify_link_list(self._links)
            if arrived_while_waiting:
                self._notify_link_list(arrived_while_waiting)
                self._links.extend(arrived_while_waiting)
        finally:
            self._notifier = None
        # A link may have made us ready again with links left: next round.
        self._check_and_notify()

    def _quiet_unlink_all(self, obj):
        if obj is None:
            return
        self.unlink(obj)
        if self._notifier is not None and self._notifier.args:
            try:
                self._notifier.args[0].remove(obj)
            except ValueError:
                pass

    def __wait_to_be_notified(self, rawlink):
        resume_this_greenlet = getcurrent().switch
        if rawlink:
            self.rawlink(resume_this_greenlet)
        else:
            self._notifier.args[0].append(resume_this_greenlet)
        try:
            self._switch_to_hub(self.hub)
            # Notified: the link was removed before it was called.
            resume_this_greenlet = None
        finally:
            self._quiet_unlink_all(resume_this_greenlet)

    def _switch_to_hub(self, the_hub):
        result = the_hub.switch()
        if result is not self:
            raise InvalidSwitchError('Invalid switch into %s.wait(): %r' % (type(self).__name__, result))

    def _wait_core(self, timeout, catch=True):
        # True when notified, False when our own timeout expired (raised
        # instead when catch is false, as AsyncResult.get wants).
        with Timeout._start_new_or_dummy(timeout) as timer:
            try:
                self.__wait_to_be_notified(True)
                return True
            except Timeout as ex:
                if ex is not timer or not catch:
                    raise
                return False

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None):
        self._capture_hub(True)
        if self.ready():
            result = self._wait_return_value(False, False)
            if self._notifier:
                # Links are being notified: take our turn behind them.
                self.__wait_to_be_notified(False)
            return result
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)


class Event(AbstractLinkable):
    def __init__(self):
        AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return '<%s %s _links[%s]>' % (type(self).__name__, 'set' if self._flag else 'clear', self.linkcount())

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def ready(self):
        return self._flag

    def set(self):
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def _wait_return_value(self, waited, wait_success):
        # Having waited, say whether we were woken (the flag may have been
        # cleared again since); otherwise the flag, which is set.
        if not waited:
            return self._flag
        return wait_success

    def wait(self, timeout=None):
        return self._wait(timeout)

    def _reset_internal_locks(self):
        pass


class AsyncResult(AbstractLinkable):
    def __init__(self):
        AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def _exception(self):
        return self._exc_info[1] if self._exc_info else _NONE

    @property
    def value(self):
        return self._value if self._value is not _NONE else None

    @property
    def exc_info(self):
        if self._exc_info:
            return (self._exc_info[0], self._exc_info[1], self._exc_info[2])
        return ()

    @property
    def exception(self):
        if self._exc_info:
            return self._exc_info[1]
        return None

    def __str__(self):
        result = '<%s ' % (type(self).__name__,)
        if self.value is not None or self._exception is not _NONE:
            result += 'value=%r ' % (self.value,)
        if self._exception is not None and self._exception is not _NONE:
            result += 'exception=%r ' % (self._exception,)
        if self._exception is _NONE:
            result += 'unset '
        return result + ' _links[%s]>' % (self.linkcount(),)

    def ready(self):
        return bool(self._exc_info) or self._value is not _NONE

    def successful(self):
        return self._value is not _NONE

    def set(self, value=None):
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        if exc_info:
            self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        raise self._exc_info[1]

    def get(self, block=True, timeout=None):
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        self._capture_hub(True)
        # Our own timeout propagates here.
        self._wait_core(timeout, False)
        return self.get(block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _wait_return_value(self, waited, wait_success):
        return self.value

    def wait(self, timeout=None):
        return self._wait(timeout)

    # A link target: g.link(result) hands it the greenlet's outcome.
    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, 'exc_info', None))

    # concurrent.futures.Future's names
    def result(self, timeout=None):
        return self.get(timeout=timeout)

    set_result = set

    def done(self):
        return self.ready()

    def cancel(self):
        return False

    def cancelled(self):
        return False
