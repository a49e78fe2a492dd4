# RUN: %difftest %s
# Nested try statements inside loops with yields in every part; exceptions
# raised by the body and thrown from outside at different depths.
def worker(jobs):
    for job in jobs:
        try:
            yield f"start {job}"
            try:
                yield f"inner {job}"
                if job % 3 == 0:
                    raise ValueError(job)
                yield f"inner ok {job}"
            except ValueError as e:
                yield f"inner caught {e}"
                if job == 6:
                    raise KeyError(job)
            finally:
                yield f"inner finally {job}"
        except KeyError as e:
            yield f"outer caught {e}"
            continue
        finally:
            yield f"outer finally {job}"
        yield f"end {job}"

for step in worker([1, 3, 6, 7]):
    print(step)

print("--- with throws")
g = worker(range(10))

def step(action, *args):
    try:
        print(action, "->", getattr(g, action)(*args))
    except Exception as e:
        print(action, "raised", type(e).__name__, e)

step("__next__")
step("__next__")
step("throw", ValueError("t1"))
step("__next__")
step("throw", KeyError("t2"))
step("__next__")
step("__next__")
step("__next__")
step("throw", TypeError("t3"))
step("__next__")
step("__next__")
step("__next__")
step("close")
