# RUN: %difftest %s
# Container dunders: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__.
class Grid:
    def __init__(self, width, height, fill=0):
        self.width, self.height = width, height
        self.cells = [[fill] * width for _ in range(height)]

    def __len__(self):
        return self.width * self.height

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {pos} outside the grid")
        return self.cells[y][x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value

    def __contains__(self, value):
        return any([value in row for row in self.cells])

    def __iter__(self):
        return iter([v for row in self.cells for v in row])

g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
print(len(g), g[0, 0], g[2, 1], g[1, 1])
print(5 in g, 6 in g, 6 not in g)
print(list(g), sum(g), max(g))
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)

class Sequence:
    """Only __getitem__ and __len__: iteration uses the old protocol."""
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, index):
        return self.items[index]
    def __len__(self):
        return len(self.items)
    def __delitem__(self, index):
        del self.items[index]

s = Sequence("a", "b", "c", "d")
print([x for x in s], "c" in s, s[-1], s[1:3])
del s[0]
print(len(s), list(s), bool(s), bool(Sequence()))
for i, item in enumerate(s):
    print(i, item)
