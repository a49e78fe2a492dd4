# A small program built by an outside CMake project through pyco2cpp.


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self, by=1):
        self.value += by
        return self.value


def make_greeting(name):
    def greet(punctuation):
        return f"hello, {name}{punctuation}"

    return greet


counter = Counter(10)
for step in range(3):
    counter.bump(step)
print(make_greeting("cmake")("!"))
print("counter:", counter.value)

totals = {}
for word in ["a", "bb", "a", "ccc"]:
    totals[word] = totals.get(word, 0) + len(word)
print(sorted(totals.items()))
