# RUN: %difftest %s
# REQUIRES: gevent
# Greenlets spawned together and sleeping the same time: each runs up to
# its sleep in spawn order (nothing runs before main blocks in joinall),
# and they wake in the same order (equal timers fire in the order they were
# started). joinall returns the list of greenlets, all done.
import gevent

log = []


def worker(i):
    log.append(f"start {i}")
    gevent.sleep(0.02)
    log.append(f"wake {i}")
    gevent.sleep(0.02)
    log.append(f"end {i}")
    return i * i


gs = [gevent.spawn(worker, i) for i in range(6)]
print("spawned; log is empty:", log == [])
done = gevent.joinall(gs)
for line in log:
    print(line)
print("joinall returned all:", done == gs)
print("values:", [g.value for g in gs])
