# RUN: %difftest %s
# Classes whose __iter__ is a generator: each iteration is a fresh
# generator, so the object can be iterated many times and nested.
class LinkedList:
    class _Node:
        def __init__(self, value, nxt):
            self.value = value
            self.next = nxt

    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = LinkedList._Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __contains__(self, value):
        return any(v == value for v in self)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __reversed__(self):
        for y in reversed(range(self.h)):
            for x in reversed(range(self.w)):
                yield x, y

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll)
print([(a, b) for a in LinkedList("ab") for b in LinkedList("xy")])
it1, it2 = iter(ll), iter(ll)
print(next(it1), next(it1), next(it2))
print(sorted(ll), sum(ll), list(enumerate(ll)))
g = Grid(3, 2)
print(list(g))
print(list(reversed(g)))
a, b, c, d = Grid(2, 2)
print(a, b, c, d)
print(max(Grid(2, 3)), dict(Grid(2, 2)))
