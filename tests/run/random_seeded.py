# RUN: %difftest %s
# random with a fixed seed: the same Mersenne Twister stream as CPython.
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["rock", "paper", "scissors"]), random.choice("abcdef"), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 10), random.uniform(-1, 1))
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 5), random.randrange(-10, 10, 3))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2), sorted(random.sample(range(10), 10)))
random.seed(12345)
again = random.random()
print("reseeded:", again, again == 0.41661987254534116)
random.seed(0)
print([round(random.random(), 6) for _ in range(5)])
random.seed(42)
rolls = {}
for _ in range(600):
    face = random.randint(1, 6)
    rolls[face] = rolls.get(face, 0) + 1
print(sorted(rolls.items()))
