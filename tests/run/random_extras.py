# RUN: %difftest %s
# Less common parts of random, seeded: big ranges, getrandbits, choices,
# distributions, Random instances, getstate/setstate, string seeds.
import random

random.seed(2024)
print(random.getrandbits(16), random.getrandbits(70), random.randint(10 ** 20, 10 ** 21))
random.seed("text seed")
print(random.random(), random.randint(0, 1000))
random.seed(7)
print(random.choices(["x", "y", "z"], k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.gauss(0, 1), random.triangular(0, 10), random.expovariate(2.0))
r = random.Random(99)
print(r.random(), r.randint(1, 100), r.choice([1, 2, 3]))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
