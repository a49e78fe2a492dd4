# RUN: %difftest %s
# REQUIRES: gevent
# Greenlets still suspended when the program ends are not resumed or
# killed (greenlet 2.0 throws no GreenletExit during interpreter shutdown):
# their finally blocks and except GreenletExit handlers never print. Only
# what happens before the end of the module is output.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def holder(name):
    try:
        main.switch(f"{name} suspended")
    except GreenletExit:
        print(name, "got GreenletExit (not expected at exit)")
    finally:
        print(name, "finally (not expected at exit)")


kept = [greenlet(holder) for _ in range(2)]
for i, g in enumerate(kept):
    print(g.switch(f"h{i}"))
also_kept = greenlet(holder)
print(also_kept.switch("h2"))
print("end of module; alive:", [not g.dead for g in kept + [also_kept]])
