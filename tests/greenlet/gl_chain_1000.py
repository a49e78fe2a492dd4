# RUN: %difftest %s
# REQUIRES: gevent
# 1000 greenlets in a parent chain, each started from main and paused;
# resuming the last one makes its return value climb the chain (each parent
# resumes, adds its index, returns) back to main. Then a ring of 1000
# started greenlets passes a token around three times.
from greenlet import greenlet, getcurrent

N = 1000
main = getcurrent()


def link(i):
    got = main.switch()  # pause right after starting
    return got + i


chain = []
for k in range(N):
    g = greenlet(link, parent=chain[-1] if chain else main)
    chain.append(g)
    g.switch(k)  # started from main: pauses at once
print("chain built; alive:", sum(1 for g in chain if not g.dead))
print("parents chained:", all(chain[k].parent is chain[k - 1] for k in range(1, N)))
print("main got", chain[-1].switch(0), "expected", sum(range(N)))
print("all dead:", all(g.dead for g in chain))

hops = []


def station(i):
    token = main.switch()  # started; wait for the token
    while True:
        hops.append(i)
        if token >= 3 * N:
            return token
        token = ring[(i + 1) % N].switch(token + 1)


ring = [greenlet(station) for _ in range(N)]
for i, g in enumerate(ring):
    g.switch(i)
print("ring result", ring[0].switch(1))
print("hops", len(hops), hops[:3], hops[-3:])
print("dead stations", [i for i, g in enumerate(ring) if g.dead])
