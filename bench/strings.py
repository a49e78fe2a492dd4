# String building and formatting: f-strings, str.format, %, join, methods.


def build_report(rows):
    lines = []
    for i in range(rows):
        name = "item" + str(i)
        price = i * 1.25
        lines.append(f"{i:6d} | {name:<12} | {price:10.2f} | {i % 17:x}")
        lines.append("{0:>8} {1!r} {2:.3e}".format(i, name, price))
        lines.append("%-10s %5d %8.3f" % (name.upper(), i, price / 3))
    return "\n".join(lines)


def word_stats(text):
    counts = {}
    for word in text.replace("|", " ").split():
        key = word.strip().lower()
        counts[key] = counts.get(key, 0) + 1
    return len(counts), sum(counts.values())


total_length = 0
for round_number in range(20):
    report = build_report(10_000)
    total_length += len(report)
    if round_number == 0:
        print(word_stats(report))
print(total_length)
