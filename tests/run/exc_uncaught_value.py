# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An uncaught exception ends the program with status 1 and a traceback on
# stderr; everything printed before it must still reach stdout.
def parse_all(texts):
    numbers = []
    for text in texts:
        print("parsing", text)
        numbers.append(int(text))
    return numbers

print(parse_all(["1", "22", "333"]))
print("now a bad one")
parse_all(["4", "five", "6"])
print("never printed")
