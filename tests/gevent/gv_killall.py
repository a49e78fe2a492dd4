# RUN: %difftest %s
# REQUIRES: gevent
# gevent.killall(greenlets) raises GreenletExit in each (in list order) and
# by default waits until all are dead; with a custom exception the
# greenlets fail with it; killall(block=False) returns at once and the
# kills happen when main next blocks.
import gevent


def worker(name):
    try:
        gevent.sleep(5)
    except BaseException as e:
        print(name, "stopped by", type(e).__name__)
        raise


gs = [gevent.spawn(worker, f"w{i}") for i in range(3)]
gevent.sleep(0)
print("killall returned", gevent.killall(gs))
print("all dead:", all(g.dead for g in gs), [type(g.value).__name__ for g in gs])


class Shutdown(Exception):
    pass


gs = [gevent.spawn(worker, f"x{i}") for i in range(2)]
gevent.sleep(0)
gevent.killall(gs, exception=Shutdown)
print("exceptions:", [type(g.exception).__name__ for g in gs])

gs = [gevent.spawn(worker, f"y{i}") for i in range(2)]
gevent.sleep(0)
gevent.killall(gs, block=False)
print("right after killall(block=False): any dead?", any(g.dead for g in gs))
gevent.joinall(gs)
print("after joinall: all dead", all(g.dead for g in gs))
