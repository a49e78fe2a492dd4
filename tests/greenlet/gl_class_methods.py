# RUN: %difftest %s
# REQUIRES: gevent
# Greenlets running bound methods: each object owns a greenlet whose run is
# one of its methods; methods switch between objects' greenlets and update
# instance state, which every greenlet sees. A staticmethod and a
# classmethod work as run too.
from greenlet import greenlet, getcurrent


class Player:
    def __init__(self, name):
        self.name = name
        self.hits = 0
        self.other = None
        self.g = greenlet(self.play)

    def play(self, ball):
        while ball < 6:
            self.hits += 1
            print(f"{self.name} hits ball {ball}")
            ball = self.other.g.switch(ball + 1)
        return f"{self.name} ends the rally at {ball}"

    @staticmethod
    def static_run(x):
        return ("static", x)

    @classmethod
    def class_run(cls, x):
        return (cls.__name__, x)


alice = Player("alice")
bob = Player("bob")
alice.other = bob
bob.other = alice
print(alice.g.switch(0))
print("hits:", alice.hits, bob.hits)
print("bob's greenlet alive:", not bob.g.dead)
print(greenlet(Player.static_run).switch(1))
print(greenlet(Player.class_run).switch(2))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step):
        while True:
            self.n += step
            step = getcurrent().parent.switch(self.n)


c = Counter()
g = greenlet(c)
print([g.switch(s) for s in (1, 2, 3)], c.n)
