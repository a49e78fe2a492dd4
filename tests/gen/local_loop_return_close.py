# RUN: %difftest %s
# Local generator loops left by return: the return value is computed first,
# then the suspended generator is closed (its finally / __exit__ runs), then
# the caller sees the value.
class Res:
    def __enter__(self):
        print("  gen enter")
        return self
    def __exit__(self, et, ev, tb):
        print("  gen exit", et)

def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  guarded finally")

def managed(n):
    with Res():
        for i in range(n):
            yield i

def compute(x):
    print("  computing return value from", x)
    return x * 100

def find(target):
    for x in guarded(10):
        if x == target:
            return compute(x)
    return "not found"

def find_with(target):
    for x in managed(10):
        if x == target:
            return compute(x)
    return None

def return_inside_consumer_finally(target):
    try:
        for x in guarded(5):
            if x == target:
                return compute(x)
    finally:
        print("  consumer finally")

def return_overridden_by_finally():
    try:
        for x in guarded(5):
            if x == 1:
                return compute(x)
    finally:
        print("  consumer finally returns instead")
        return "overridden"

def return_from_nested_loops():
    for a in guarded(3):
        for b in managed(3):
            if a == 1 and b == 2:
                return compute(a * 10 + b)
    return None

def return_generator_state(n):
    # the value computed inside the loop reads a list the generator fills
    log = []
    for x in logging_gen(n, log):
        if x == 2:
            return list(log)

def logging_gen(n, log):
    try:
        for i in range(n):
            log.append(i)
            yield i
    finally:
        log.append("closed")
        print("  logging_gen finally, log =", log)

print("find ->", find(3))
print("--")
print("find missing ->", find(20))
print("--")
print("find_with ->", find_with(1))
print("--")
print("consumer finally ->", return_inside_consumer_finally(2))
print("--")
print("overridden ->", return_overridden_by_finally())
print("--")
print("nested ->", return_from_nested_loops())
print("--")
print("state ->", return_generator_state(5))
print("end")
