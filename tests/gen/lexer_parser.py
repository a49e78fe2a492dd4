# RUN: %difftest %s
# A generator lexer feeding a recursive-descent parser that pulls tokens
# with next(); syntax errors are raised from inside the pipeline.
def tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("num", int(text[i:j]))
            i = j
        elif c in "+-*/()":
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    yield ("end", None)

class Parser:
    def __init__(self, text):
        self.tokens = tokens(text)
        self.current = next(self.tokens)
    def advance(self):
        self.current = next(self.tokens)
    def expr(self):
        value = self.term()
        while self.current in (("op", "+"), ("op", "-")):
            op = self.current[1]
            self.advance()
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.current in (("op", "*"), ("op", "/")):
            op = self.current[1]
            self.advance()
            value = value * self.factor() if op == "*" else value // self.factor()
        return value
    def factor(self):
        kind, val = self.current
        if kind == "num":
            self.advance()
            return val
        if self.current == ("op", "("):
            self.advance()
            value = self.expr()
            self.advance()
            return value
        raise SyntaxError(f"unexpected {self.current}")

for source in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2 * (3 - 10)", "2 * x", "4 + * 5"]:
    print(list(t[1] for t in tokens(source) if t[0] != "end") if "x" not in source else "lexing fails")
    try:
        print(source, "=", Parser(source).expr())
    except SyntaxError as e:
        print(source, "-> SyntaxError:", e)
