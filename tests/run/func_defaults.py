# RUN: %difftest %s
# Default arguments, keyword arguments, and the shared-mutable-default rule.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", "Hey", "..."))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe_append(1), safe_append(2))

counter = 10
def snapshot(value=counter):
    return value

counter = 20
print("default evaluated at def time:", snapshot(), "now:", counter)

def power(base, exp=2, *, mod=None):
    result = base ** exp
    if mod is not None:
        result %= mod
    return result

for args in [(3,), (2, 10), (5, 3)]:
    print(args, "->", power(*args), power(*args, mod=7))

def describe(a, b=2, c=3):
    return f"a={a} b={b} c={c}"

print(describe(1))
print(describe(1, c=30))
print(describe(c=300, a=100))
