# RUN: %difftest %s
# Exception chaining: raise ... from ..., implicit __context__, from None.
class ParseError(Exception):
    pass

def parse_number(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad number {text!r}") from e

try:
    parse_number("12x")
except ParseError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

def implicit():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("while handling a KeyError")

try:
    implicit()
except RuntimeError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("suppress context:", e.__suppress_context__)

def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    hidden()
except ValueError as e:
    print("error:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    print("context still recorded:", type(e.__context__).__name__)

try:
    raise TypeError("outer") from KeyError("inner")
except TypeError as e:
    print(repr(e), repr(e.__cause__))

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

def chain_of_three():
    try:
        try:
            raise KeyError("first")
        except KeyError as first:
            raise IndexError("second") from first
    except IndexError as second:
        raise ValueError("third") from second

try:
    chain_of_three()
except ValueError as e:
    link = e
    while link is not None:
        print("chain:", type(link).__name__, link)
        link = link.__cause__
