# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A generator that calls a method of a class which raises on a later item:
# frames are the consuming for line, the generator's call line, and the
# method's raise line.


class Parser:
    def __init__(self):
        self.seen = 0

    def parse(self, token):
        self.seen += 1
        if not token.isdigit():
            raise SyntaxError("bad token " + token)
        return int(token)


def tokens(text, parser):
    for tok in text.split():
        print("token", tok)
        value = parser.parse(tok)
        yield value * 10


p = Parser()
for n in tokens("1 2 x 4", p):
    print("value", n)
