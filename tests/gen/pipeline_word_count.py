# RUN: %difftest %s
# A pull-based text pipeline of generators: lines -> words -> normalised
# words -> counts; each stage prints when it works.
TEXT = """The quick brown fox
jumps over the lazy dog.
The dog sleeps; the fox runs!

Quick, quick: the end."""

def lines(text):
    for number, line in enumerate(text.split("\n"), 1):
        print(f"  [lines] {number}")
        yield line

def words(line_source):
    for line in line_source:
        for word in line.split():
            yield word

def normalise(word_source):
    for word in word_source:
        cleaned = "".join(c for c in word.lower() if c.isalpha())
        if cleaned:
            yield cleaned

def count(word_source):
    counts = {}
    for w in word_source:
        counts[w] = counts.get(w, 0) + 1
    return counts

counts = count(normalise(words(lines(TEXT))))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>8} {n}")
first_three = []
stream = normalise(words(lines(TEXT)))
for w in stream:
    first_three.append(w)
    if len(first_three) == 3:
        break
print(first_three)
print(sum(len(w) for w in normalise(words(lines(TEXT)))))
