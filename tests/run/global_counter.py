# RUN: %difftest %s
# Module globals read and rebound from functions with `global`.
calls = 0
log = []
LIMIT = 3

def record(message):
    global calls
    calls += 1
    log.append(f"{calls}:{message}")

def reset():
    global calls, log
    calls = 0
    log = []

def read_only():
    return calls * 10

for word in ["alpha", "beta", "gamma", "delta"]:
    record(word)
print(calls, log, read_only())
reset()
print(calls, log)
record("again")
print(calls, log)

def shadow():
    calls = "local"
    return calls

print(shadow(), calls)

def define_new_global():
    global created_later
    created_later = "I exist now"

define_new_global()
print(created_later)

def bump_limit():
    global LIMIT
    for _ in range(LIMIT):
        LIMIT += 1
    return LIMIT

print(bump_limit(), LIMIT)
total = 0
for i in range(1, 11):
    total += i
print("total", total)

def uses_builtin_and_global():
    return len(log) + max(calls, LIMIT)

print(uses_builtin_and_global())
