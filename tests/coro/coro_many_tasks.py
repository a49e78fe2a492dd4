# RUN: %difftest %s
# Scale: a thousand coroutines on a round-robin loop, each suspending a
# different number of times in a chain of awaits; a checksum of the order
# in which they finish and of their results, and the number of resumptions.
import collections
import types


@types.coroutine
def yield_now():
    yield


async def leaf(i):
    for _ in range(i % 7):
        await yield_now()
    return i * 3


async def task(i):
    a = await leaf(i)
    b = await leaf(i + 1) if i % 2 else 0
    return a + b


def run(n):
    ready = collections.deque((i, task(i)) for i in range(n))
    finished = []
    resumes = 0
    while ready:
        i, c = ready.popleft()
        resumes += 1
        try:
            c.send(None)
        except StopIteration as stop:
            finished.append((i, stop.value))
            continue
        ready.append((i, c))
    return finished, resumes


finished, resumes = run(1000)
print("resumes:", resumes)
print("first finished:", finished[:8])
print("last finished:", finished[-5:])
order_checksum = 0
for pos, (i, v) in enumerate(finished):
    order_checksum = (order_checksum * 31 + i * 7 + pos) % 1000000007
print("order checksum:", order_checksum)
print("sum of results:", sum(v for _, v in finished))

# Many coroutines created and dropped unstarted-but-closed, and many
# finished ones: nothing is left over.
made = [task(i) for i in range(500)]
for c in made:
    c.close()
print("all closed:", all(c.cr_frame is None for c in made))
