# RUN: %difftest %s
# Assignment expressions (:=) and conditional expressions.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
values = []
i = 0
while (value := i * i) < 30:
    values.append(value)
    i += 1
print(values, value, i)
results = [y for x in data if (y := x % 5) > 1]
print(results, y)
def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None, 0
print(first_long(["hi", "there", "friend"]), first_long(["a"]))
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print((total := sum(data)), total // n)
for x in [-5, 0, 5]:
    sign = "negative" if x < 0 else "zero" if x == 0 else "positive"
    print(x, sign)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
a, b = 3, 7
print(a if a > b else b, "equal" if a == b else "different", (a, b)[a < b])
maybe = None
print(maybe if maybe is not None else "default", maybe or "fallback", 0 or "" or None or "last")
print(1 and 2 and 3, 1 and 0 and 3, [] or {} or (), "x" and "y")
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("left", stack, "top", top)
print([x if x % 2 else -x for x in range(6)], [x for x in range(10) if x % 2 if x % 3])
