# RUN: %difftest %s
# REQUIRES: gevent
# Pool edge cases: spawners blocked on a full pool wake in the order they
# blocked; add() without blocking or with a timeout raises PoolFull (a
# gevent.queue.Full); apply/apply_async/map/imap through a pool.
import gevent
import gevent.queue
from gevent.pool import Pool, Group, PoolFull

def job(name, d):
    gevent.sleep(d)
    print("job", name, "done")
    return name

# several spawners blocked on a full pool wake in order
pool = Pool(1)
def spawner(i):
    print("spawner", i, "waits; free", pool.free_count())
    g = pool.spawn(job, "s%d" % i, 0.01)
    print("spawner", i, "got slot")
    return g
ss = [gevent.spawn(spawner, i) for i in range(3)]
gevent.joinall(ss)
pool.join()
print("free after", pool.free_count(), pool.wait_available(), pool.wait_available(timeout=0.01))

# non-blocking add, timeouts
pool = Pool(1)
pool.spawn(job, "long", 0.05)
try:
    pool.add(gevent.Greenlet(job, "x", 0), blocking=False)
except PoolFull as e:
    print("PoolFull", repr(e), isinstance(e, gevent.queue.Full))
try:
    pool.add(gevent.Greenlet(job, "y", 0), timeout=0.01)
except PoolFull as e:
    print("PoolFull after timeout")
print("wait_available", pool.wait_available(timeout=0.01))
print("wait_available", pool.wait_available())
pool.join()
z = Pool(0)
print("Pool(0)", z.full(), z.free_count(), z.wait_available(timeout=0.01))
try:
    Pool(-1)
except ValueError as e:
    print("VE", e)
u = Pool()
print("unbounded", u.size, u.free_count(), u.full(), u.wait_available())

# imap with exceptions
def maybe_fail(x):
    gevent.sleep(0.01 * (3 - x))
    if x == 1:
        raise ValueError("bad %d" % x)
    return x
p = Pool(3)
it = p.imap(maybe_fail, range(3))
try:
    for v in it:
        print("imap got", v)
except ValueError as e:
    print("imap raised", e)
it = p.imap_unordered(maybe_fail, range(3))
try:
    for v in it:
        print("imap_unordered got", v)
except ValueError as e:
    print("imap_unordered raised", e)
try:
    p.map(maybe_fail, range(3))
except ValueError as e:
    print("map raised", e)
p.join()
print("maxsize", list(Pool(2).imap(lambda x: x * 2, range(6), maxsize=1)))
print("unordered maxsize", sorted(Pool(2).imap_unordered(lambda x: x * 3, range(6), maxsize=2)))
try:
    p.imap(abs, [1], bogus=1)
except TypeError as e:
    print("TE", e)

# apply from inside the pool runs inline; apply_async with callbacks
p = Pool(1)
def outer():
    return p.apply(lambda: "inline in " + ("pool" if gevent.getcurrent() in p else "other"))
print("apply inside:", p.apply(outer))
res = []
g = p.apply_async(job, ("aa", 0.01), callback=res.append)
print("apply_async greenlet in pool:", g in p)
g2 = p.apply_async(job, ("bb", 0.01), callback=res.append)
print("second apply_async in pool:", g2 in p)
g.join(); g2.join(); gevent.sleep(0.02)
print("callbacks", res)
m = p.map_async(lambda x: x + 1, [1, 2], callback=lambda r: print("map_async cb", r))
print("map_async", m.get())
gevent.sleep(0)
print("apply_cb", p.apply_cb(lambda a, b=0: a + b, (1,), {'b': 2}, callback=lambda r: print("apply_cb cb", r)))
gevent.sleep(0)
print("map_cb", p.map_cb(str, [1, 2], callback=lambda r: print("map_cb cb", r)))

# Group: raise_error, kill with timeout, block=False, greenlets passed to init
def fail():
    gevent.sleep(0.01)
    raise KeyError("k")
grp = Group()
grp.spawn(fail)
grp.spawn(job, "ok", 0.02)
try:
    grp.join(raise_error=True)
except KeyError as e:
    print("join raised", repr(e), len(grp))
def stubborn():
    try:
        gevent.sleep(1)
    except gevent.GreenletExit:
        print("stubborn ignores the kill")
        gevent.sleep(0.05)
        print("stubborn ends")
grp = Group()
s = grp.spawn(stubborn)
gevent.sleep(0)
grp.kill(timeout=0.01)
print("after kill timeout: len", len(grp), s.dead)
grp.join()
print("joined", len(grp), bool(grp))
a = gevent.spawn(job, "a", 0.01)
b = gevent.spawn(job, "b", 0.02)
grp2 = Group([a, b])
print("init with greenlets", len(grp2), a in grp2, sorted(x.args[0] for x in grp2) if False else len(list(grp2)))
grp2.kill(block=False)
print("kill(block=False) len", len(grp2))
gevent.sleep(0)
print("after sleep len", len(grp2), a.dead, b.dead)
grp2.discard(gevent.spawn(job, "never", 0))
grp2.killone(a)
gevent.sleep(0.01)

class MyGreenlet(gevent.Greenlet):
    pass
pp = Pool(2, greenlet_class=MyGreenlet)
print(type(pp.spawn(job, "mine", 0)).__name__)
pp.join()
class MyGroup(Group):
    greenlet_class = MyGreenlet
print(type(MyGroup().spawn(job, "mine2", 0)).__name__)
gevent.sleep(0.01)
print(Group().join(timeout=0.01), Pool(1).full())
