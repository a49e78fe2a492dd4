# RUN: %python %s > %t.py.out
# RUN: count 22 < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=CHECK < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKA < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKB < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKC < %t.py.out
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out
# RUN: count 22 < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=CHECK < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKA < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKB < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=TASKC < %t.prog.out
# Seed 002_75752d8b71f48ace.txt, code block 10 (lines 284-385),
# under "### 10.一个例子".
# The block is kept exactly as in the seed.
# It sleeps 5 s in all and prints datetime.now() differences, so the
# output is checked against patterns, not compared byte for byte:
# CPython runs for real, the compiled program under
# PYCO2CPP_VIRTUAL_CLOCK=1 (time.sleep moves the clock forward at once).
# Each timedelta must have CPython's whole seconds (any microseconds);
# lines printed in the same second may come in any order (CHECK-DAG),
# the seconds in order; each countdown's lines (TASKx) in order; the
# line count and the exit status (0) as CPython's.
# CHECK-DAG: A waiting 0 seconds before starting countdown
# CHECK-DAG: B waiting 2 seconds before starting countdown
# CHECK-DAG: C waiting 1 seconds before starting countdown
# CHECK-DAG: A starting after waiting 0:00:00{{(\.[0-9]{6})?}}
# CHECK-DAG: A T-minus 5
# CHECK-NOT: Traceback
# CHECK-DAG: C starting after waiting 0:00:01{{(\.[0-9]{6})?}}
# CHECK-DAG: C T-minus 4
# CHECK-DAG: A T-minus 4
# CHECK-NOT: Traceback
# CHECK-DAG: B starting after waiting 0:00:02{{(\.[0-9]{6})?}}
# CHECK-DAG: B T-minus 3
# CHECK-DAG: C T-minus 3
# CHECK-DAG: A T-minus 3
# CHECK-NOT: Traceback
# CHECK-DAG: B T-minus 2
# CHECK-DAG: C T-minus 2
# CHECK-DAG: A T-minus 2
# CHECK-NOT: Traceback
# CHECK-DAG: B T-minus 1
# CHECK-DAG: C T-minus 1
# CHECK-DAG: A T-minus 1
# CHECK-NOT: Traceback
# CHECK-DAG: B lift-off!
# CHECK-DAG: C lift-off!
# CHECK-DAG: A lift-off!
# CHECK-DAG: Total elapsed time is 0:00:05{{(\.[0-9]{6})?}}
# TASKA: A waiting 0 seconds before starting countdown
# TASKA: A starting after waiting 0:00:00{{(\.[0-9]{6})?}}
# TASKA: A T-minus 5
# TASKA: A T-minus 4
# TASKA: A T-minus 3
# TASKA: A T-minus 2
# TASKA: A T-minus 1
# TASKA: A lift-off!
# TASKB: B waiting 2 seconds before starting countdown
# TASKB: B starting after waiting 0:00:02{{(\.[0-9]{6})?}}
# TASKB: B T-minus 3
# TASKB: B T-minus 2
# TASKB: B T-minus 1
# TASKB: B lift-off!
# TASKC: C waiting 1 seconds before starting countdown
# TASKC: C starting after waiting 0:00:01{{(\.[0-9]{6})?}}
# TASKC: C T-minus 4
# TASKC: C T-minus 3
# TASKC: C T-minus 2
# TASKC: C T-minus 1
# TASKC: C lift-off!
import datetime
import heapq
import types
import time

class Task:

    """Represent how long a coroutine should before starting again.

    Comparison operators are implemented for use by heapq. Two-item
    tuples unfortunately don't work because when the datetime.datetime
    instances are equal, comparison falls to the coroutine and they don't
    implement comparison methods, triggering an exception.

    Think of this as being like asyncio.Task/curio.Task.
    """

    def __init__(self, wait_until, coro):
        self.coro = coro
        self.waiting_until = wait_until

    def __eq__(self, other):
        return self.waiting_until == other.waiting_until

    def __lt__(self, other):
        return self.waiting_until < other.waiting_until

class SleepingLoop:

    """An event loop focused on delaying execution of coroutines.

    Think of this as being like asyncio.BaseEventLoop/curio.Kernel.
    """

    def __init__(self, *coros):
        self._new = coros
        self._waiting = []

    def run_until_complete(self):
        # Start all the coroutines.
        for coro in self._new:
            wait_for = coro.send(None)
            heapq.heappush(self._waiting, Task(wait_for, coro))
        # Keep running until there is no more work to do.
        while self._waiting:
            now = datetime.datetime.now()
            # Get the coroutine with the soonest resumption time.
            task = heapq.heappop(self._waiting)
            if now < task.waiting_until:
                # We're ahead of schedule; wait until it's time to resume.
                delta = task.waiting_until - now
                time.sleep(delta.total_seconds())
                now = datetime.datetime.now()
            try:
                # It's time to resume the coroutine.
                wait_until = task.coro.send(now)
                heapq.heappush(self._waiting, Task(wait_until, task.coro))
            except StopIteration:
                # The coroutine is done.
                pass

@types.coroutine
def sleep(seconds):
    """Pause a coroutine for the specified number of seconds.

    Think of this as being like asyncio.sleep()/curio.sleep().
    """
    now = datetime.datetime.now()
    wait_until = now + datetime.timedelta(seconds=seconds)
    # Make all coroutines on the call stack pause; the need to use `yield`
    # necessitates this be generator-based and not an async-based coroutine.
    actual = yield wait_until
    # Resume the execution stack, sending back how long we actually waited.
    return actual - now

async def countdown(label, length, *, delay=0):
    """Countdown a launch for `length` seconds, waiting `delay` seconds.

    This is what a user would typically write.
    """
    print(label, 'waiting', delay, 'seconds before starting countdown')
    delta = await sleep(delay)
    print(label, 'starting after waiting', delta)
    while length:
        print(label, 'T-minus', length)
        waited = await sleep(1)
        length -= 1
    print(label, 'lift-off!')

def main():
    """Start the event loop, counting down 3 separate launches.

    This is what a user would typically write.
    """
    loop = SleepingLoop(countdown('A', 5), countdown('B', 3, delay=2),
                        countdown('C', 4, delay=1))
    start = datetime.datetime.now()
    loop.run_until_complete()
    print('Total elapsed time is', datetime.datetime.now() - start)

if __name__ == '__main__':
    main()
