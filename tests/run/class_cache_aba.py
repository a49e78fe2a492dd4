# RUN: %difftest %s
# Caches keyed on a class never answer for a freed one: classes made one
# after another (often at the address the last one had) each have a method
# and attributes of the same names with their own values, and every call,
# lookup and check answers for its own class (the attribute cache, the
# method-call cache, attribute hooks, isinstance, super()).
import gc


def make(i):
    class K:
        value = i

        def answer(self):
            return i

        @property
        def prop(self):
            return -i

        @classmethod
        def klass(cls):
            return cls.value

    if i % 3 == 1:
        # A hook the next class at this address must not inherit.
        def __getattr__(self, name):
            return ("missing", name, i)

        K.__getattr__ = __getattr__
    return K


def make_sub(i):
    class Base:
        def who(self):
            return i

    class Sub(Base):
        def who(self):
            return super().who() * 10

    return Sub


bad = 0
for i in range(3000):
    K = make(i)
    k = K()
    got = (k.answer(), K.answer(k), getattr(k, "answer")(), k.value, K.value, k.prop, K.klass())
    want = (i, i, i, i, i, -i, i)
    if got != want:
        bad += 1
        print("wrong", i, got)
    try:
        hooked = k.nothing
    except AttributeError:
        hooked = None
    if hooked != (("missing", "nothing", i) if i % 3 == 1 else None):
        bad += 1
        print("wrong hook", i, hooked)
    if not isinstance(k, K) or isinstance(k, make(-1)):
        bad += 1
    S = make_sub(i)
    if S().who() != i * 10:
        bad += 1
        print("wrong super", i)
    del K, k, S
    if i % 7 == 0:
        gc.collect()
print("bad:", bad)


# A method call site that sees a new class each time (the same name, the
# same place in the program).
def call_site(obj):
    return obj.answer()


print(sum(call_site(make(i)()) for i in range(2000)) == sum(range(2000)))


# Attribute hooks (__setattr__) of one class never apply to the next.
def make_setter(i):
    class S:
        if i % 2:

            def __setattr__(self, name, value):
                object.__setattr__(self, name, (i, value))

    return S


odd = []
for i in range(1000):
    s = make_setter(i)()
    s.x = 5
    if s.x != ((i, 5) if i % 2 else 5):
        odd.append(i)
    del s
print("setattr mismatches:", odd)
