"""The module docstring: __doc__ of the module, None without one."""
# RUN: %difftest %s
# __doc__, __name__, __file__ and the code attributes of functions and classes, as CPython has them.


def f():
    """F doc."""
    return 1
class C:
    """C doc."""
    def m(self): pass
print(__name__, __file__.endswith("attrs.py"))
print(f.__doc__, f.__name__, f.__qualname__, f.__module__)
print(f.__code__.co_name, f.__code__.co_filename.endswith("attrs.py"), f.__code__.co_firstlineno)
print(C.__doc__, C.__name__, C.__qualname__, C.__module__, C.m.__qualname__)
print(C.m.__code__.co_name, C.m.__code__.co_firstlineno, C().m.__func__.__name__)
g = lambda: 0
print(g.__name__, g.__code__.co_name, g.__doc__)
print(repr(__doc__))
def h():
    return __doc__
print(h() == __doc__)
__doc__ = "rebound"
print(__doc__, h())
