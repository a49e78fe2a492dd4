# RUN: %difftest %s
# heapq: heappush, heappop, heapify, nsmallest, nlargest, heapreplace, heappushpop.
import heapq

heap = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, value)
    print("push", value, "smallest", heap[0], "size", len(heap))
print("heap list:", heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapified:", data, data[0])
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nsmallest(0, data))
print(heapq.heapreplace(data, 100), data[0], heapq.heappushpop(data, -1), data[0])
words = ["kiwi", "fig", "banana", "apple", "date"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(2, words))
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (1, "drink tea"))
heapq.heappush(tasks, (3, "review"))
heapq.heappush(tasks, (1, "check mail"))
while tasks:
    priority, task = heapq.heappop(tasks)
    print(priority, task)

class Job:
    def __init__(self, when, name):
        self.when, self.name = when, name
    def __lt__(self, other):
        return self.when < other.when
    def __repr__(self):
        return f"Job({self.when}, {self.name!r})"

jobs = []
for when, name in [(30, "c"), (10, "a"), (20, "b"), (5, "first")]:
    heapq.heappush(jobs, Job(when, name))
print(jobs[0], len(jobs))
order = []
while jobs:
    order.append(heapq.heappop(jobs).name)
print(order)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
