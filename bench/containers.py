# List and dict work: appends, comprehensions, sorting with keys, lookups.


def make_records(count):
    records = []
    for i in range(count):
        records.append({"id": i, "group": i % 97, "score": (i * 7919) % 1000})
    return records


def group_scores(records):
    groups = {}
    for record in records:
        group = record["group"]
        if group in groups:
            groups[group].append(record["score"])
        else:
            groups[group] = [record["score"]]
    return groups


def summarize(groups):
    summary = []
    for group, scores in groups.items():
        scores.sort()
        summary.append((group, len(scores), scores[len(scores) // 2], max(scores)))
    summary.sort(key=lambda row: (-row[2], row[0]))
    return summary


result = None
for _ in range(5):
    records = make_records(200_000)
    groups = group_scores(records)
    result = summarize(groups)
    squares = [r["score"] * r["score"] for r in records if r["id"] % 3 == 0]
    lookup = {r["id"]: r["score"] for r in records}
    hits = len([key for key in range(0, 400_000, 3) if key in lookup])
print(result[:3], len(squares), hits)
