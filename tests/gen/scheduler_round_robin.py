# RUN: %difftest %s
# A round-robin scheduler of generator tasks (the multitasking idea of the
# seeds): tasks yield to give up the processor, may spawn tasks, may fail,
# and return results collected through StopIteration.value.
from collections import deque

class Spawn:
    def __init__(self, task):
        self.task = task

def worker(name, steps):
    for i in range(steps):
        print(f"  {name} step {i}")
        yield
    return f"{name} finished {steps} steps"

def parent():
    print("  parent spawning a child")
    yield Spawn(worker("child", 2))
    yield
    return "parent done"

def failing():
    yield
    raise ValueError("task failure")

def run(tasks):
    queue = deque(tasks)
    results = []
    while queue:
        task = queue.popleft()
        try:
            request = next(task)
        except StopIteration as e:
            results.append(e.value)
            continue
        except ValueError as e:
            results.append(f"error: {e}")
            continue
        if isinstance(request, Spawn):
            queue.append(request.task)
        queue.append(task)
    return results

for r in run([worker("a", 3), parent(), worker("b", 1), failing()]):
    print(r)
