# RUN: %difftest %s
# yields inside conditions: if/elif/while tests, conditional expressions,
# and short-circuiting `and`/`or`, where a skipped yield never happens.
def decider():
    if (yield "if test"):
        print("  if branch")
    elif (yield "elif test"):
        print("  elif branch")
    else:
        print("  else branch")
    count = 0
    while (yield f"loop test {count}"):
        count += 1
    print("  loop ran", count, "times")
    v = (yield "then") if (yield "cond") else (yield "otherwise")
    print("  conditional gave", v)
    a = (yield "and-left") and (yield "and-right")
    print("  and gave", a)
    o = (yield "or-left") or (yield "or-right")
    print("  or gave", o)
    n = not (yield "not")
    print("  not gave", n)
    c = 1 < (yield "compare") < 10
    print("  chained compare gave", c)

def drive(answers):
    g = decider()
    prompt = next(g)
    try:
        for answer in answers:
            print(prompt, "<-", answer)
            prompt = g.send(answer)
    except StopIteration:
        print("finished")

drive([True, 1, 1, 0, True, "yes", 0, "short", 5, 0, 5])
print("---")
drive([False, False, 1, 0, False, "no", 1, 2, 0, "x", "", 20])
