# RUN: %difftest %s
# functools.total_ordering: the missing comparisons derived from the one
# root a class defines (the greatest name), returning what functools.py's
# expressions return; NotImplemented passed on; a class with none is
# ValueError.
import functools


@functools.total_ordering
class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


print(A(1) > A(2), A(1) <= A(1), A(2) >= A(1), A(1) < A(2))
print(A.__gt__.__name__, sorted(k for k in A.__dict__ if k.startswith("__") and k[2] in "lg"))


@functools.total_ordering
class C:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __le__(self, other):
        return self.v <= other.v


print(C(1) < C(2), C(2) > C(1), C(1) < C(1), sorted(k for k in C.__dict__ if k[2] in "lg"))


@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        if not isinstance(other, G):
            return NotImplemented
        return "yes" if self.v > other.v else ""

    def __eq__(self, other):
        return isinstance(other, G) and self.v == other.v


print(repr(G(2) >= G(1)), repr(G(1) >= G(1)), repr(G(1) <= G(2)), repr(G(1) < G(2)))
try:
    G(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(max(A(3), A(1)).v)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
