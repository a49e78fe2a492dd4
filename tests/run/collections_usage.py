# RUN: %difftest %s
# collections: deque, defaultdict, Counter.
from collections import deque, defaultdict, Counter

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1])
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q, list(q), 7 in q)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print("window", list(window), window.maxlen)
queue = deque()
queue.append("task1")
queue.append("task2")
while queue:
    print("processing", queue.popleft())
try:
    queue.pop()
except IndexError as e:
    print("IndexError:", e)

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], type(counts).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6])
words = Counter("the quick the lazy the end quick".split())
print(words.most_common(2), words["the"], len(words))
words.update(["lazy", "lazy"])
print(words.most_common(1), sum(words.values()))
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3, b=1) - Counter(a=1, b=2))
