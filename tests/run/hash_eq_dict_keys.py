# RUN: %difftest %s
# User objects as dict keys and set members: __hash__ and __eq__ together.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"

visited = {Coord(0, 0): "origin", Coord(1, 2): "somewhere"}
print(visited[Coord(1, 2)], Coord(0, 0) in visited, Coord(5, 5) in visited, len(visited))
visited[Coord(0, 0)] = "origin again"
print(visited, len(visited))
points = [Coord(1, 1), Coord(2, 2), Coord(1, 1), Coord(3, 3), Coord(2, 2)]
unique = []
seen = set()
for p in points:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))

class Identity:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

a1, a2 = Identity("a"), Identity("a")
by_identity = {a1: 1, a2: 2}
print(len(by_identity), by_identity[a1], by_identity[a2], a1 == a2, a1 == a1)
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float"}, hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash(()) == hash(()), hash(None) == hash(None))
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], (1, 1) in grid, sorted(grid)[:3], len(grid))
frozen_keys = {frozenset({1, 2}): "pair"}
print(frozen_keys[frozenset({2, 1})])
class Mutable:
    __hash__ = None
    def __eq__(self, other):
        return True
try:
    {Mutable(): 1}
except TypeError as e:
    print("TypeError:", e)
