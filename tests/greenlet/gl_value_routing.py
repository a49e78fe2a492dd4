# RUN: %difftest %s
# REQUIRES: gevent
# A switch delivers to the target's pending switch, never back to the caller
# by itself; a return delivers to the parent. A, B, C (parents: main) pass a
# message A -> B -> C -> main -> A, each appending its name, until B returns
# into main; the trace shows which switch() got which value.
from greenlet import greenlet, getcurrent

main = getcurrent()


def node(name, target_name):
    msg = main.switch(f"{name} started")
    while True:
        msg = msg + name
        print(f"{name} forwards {msg!r} to {target_name}")
        target = nodes[target_name] if target_name != "main" else main
        msg = target.switch(msg)
        print(f"{name} received {msg!r}")
        if len(msg) > 9:
            return f"{name} returns {msg!r}"


nodes = {}
nodes["A"] = greenlet(node)
nodes["B"] = greenlet(node)
nodes["C"] = greenlet(node)
for name, target in [("A", "B"), ("B", "C"), ("C", "main")]:
    print(nodes[name].switch(name, target))
got = nodes["A"].switch(">")
print("main received", repr(got))
got = nodes["A"].switch(got + "|")
print("main received", repr(got))
got = nodes["A"].switch(got + "|")
print("main received", repr(got))
print({k: g.dead for k, g in nodes.items()})
