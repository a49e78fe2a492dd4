# RUN: %difftest %s
# REQUIRES: gevent
# Turning a push-style function (it calls a callback for each item) into a
# pull-style iterator with a greenlet: the callback switches each item to
# the consumer, and the walk resumes only when the next item is requested.
# The prints show the walk and the consumer interleaving item by item.
from greenlet import greenlet, getcurrent

END = object()


def walk_tree(tree, visit, depth=0):
    name, children = tree
    print("  " * depth + "walk enters", name)
    visit(name)
    for child in children:
        walk_tree(child, visit, depth + 1)


class PullIterator:
    def __init__(self, push_fn, *args):
        self.consumer = None
        self.g = greenlet(self._run)
        self.push_fn = push_fn
        self.args = args

    def _run(self):
        self.push_fn(*self.args, self._emit)
        return END

    def _emit(self, item):
        self.g.parent.switch(item)

    def __iter__(self):
        return self

    def __next__(self):
        self.g.parent = getcurrent()
        item = self.g.switch()
        if item is END:
            raise StopIteration
        return item


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
for name in PullIterator(walk_tree, tree):
    print("consumer got", name)

it = PullIterator(walk_tree, tree)
print("first two:", next(it), next(it))
print("the rest:", list(it))
