# RUN: %difftest %s
# collections.ChainMap: lookups through the maps in order, writes and
# deletes in the first, new_child/parents, iteration order, views, errors.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3, "verbose": True}
cm = ChainMap(cli, env, defaults)
print(cm, repr(cm), len(cm), list(cm), cm["user"], cm["color"], cm["size"], cm.maps is cm.maps, cm.maps[1] is env)
print("user" in cm, "nope" in cm, cm.get("verbose"), cm.get("nope"), cm.get("nope", 0), bool(cm), bool(ChainMap()), bool(ChainMap({})))
print(list(cm.keys()), list(cm.items()), list(cm.values()), cm.keys(), len(cm.values()))
print("color" in cm.keys(), ("user", "admin") in cm.items(), ("user", "guest") in cm.items(), 3 in cm.values(), "guest" in cm.values())
print(dict(cm), sorted(cm), [k for k in cm], {k: cm[k] for k in cm})
print(ChainMap(), ChainMap({}), ChainMap({1: 2}, {}), ChainMap().maps, ChainMap(env).maps[0] is env)

# writes and deletes touch only the first map
cm["color"] = "blue"
cm["new"] = 1
print(cli, defaults["color"], cm["color"])
del cm["new"]
print(cli, cm.pop("size"), cli, cm.pop("missing", "dflt"))
print(cm.setdefault("verbose", False), cm.setdefault("extra", 9), cli)
cm.update({"a": 1}, b=2)
cm.update([("c", 3)])
print(cli)
print(cm.popitem(), cli)
cm.clear()
print(cli, cm, len(cm), cm["user"])

# new_child and parents
base = ChainMap({"x": 1})
child = base.new_child()
child["x"] = 2
print(base, child, child["x"], child.parents, child.parents["x"], child.parents.parents)
c2 = base.new_child({"y": 5}, z=6)
c3 = base.new_child(w=7)
print(c2, c3, c2.maps[1] is base.maps[0], type(c2.parents).__name__)

# copy, fromkeys, ==, |
cp = child.copy()
cp["x"] = 100
print(child, cp, cp.maps[1] is child.maps[1])
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys([1, 2], 0))
print(ChainMap({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}), ChainMap({"a": 1}) != {"a": 2}, ChainMap() == [])
m = ChainMap({"a": 1}, {"b": 2})
print(m | {"c": 3}, {"z": 0} | m, m)
m |= {"d": 4}
print(m)

# the maps list can be replaced and changed
m.maps = [{"only": 1}]
print(m, list(m))
m.maps.append({"more": 2})
print(m, m["more"], len(m))

# iteration order: the last map's keys first, each key once
order = ChainMap({"c": 1, "a": 1}, {"b": 2, "a": 2}, {"d": 3, "b": 3})
print(list(order), list(order.items()))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def del_missing():
    del cm["color"]
show(lambda: cm["nope"])
show(del_missing)
show(lambda: ChainMap({}).pop("k"))
show(lambda: ChainMap({}).popitem())
show(lambda: ChainMap({"a": 1}, {}).parents["a"])
show(lambda: hash(ChainMap()))

print(ChainMap({"k": 1})["missing"])
