# RUN: %difftest %s
# Recursive generators through yield from: in-order, pre-order and
# level-tagged walks of a binary search tree, and a search that returns
# through the chain.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)

def preorder(node, depth=0):
    if node is None:
        return
    yield depth, node.key
    yield from preorder(node.left, depth + 1)
    yield from preorder(node.right, depth + 1)

def count_nodes(node):
    if node is None:
        return 0
    left = yield from count_nodes(node.left)
    yield node.key
    right = yield from count_nodes(node.right)
    return left + 1 + right

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(list(inorder(root)))
for depth, key in preorder(root):
    print("  " * depth + str(key))
g = count_nodes(root)
seen = []
try:
    while True:
        seen.append(next(g))
except StopIteration as e:
    print("visited", seen, "count", e.value)
chain = None
for k in range(60):
    chain = insert(chain, k)
print(sum(inorder(chain)), max(d for d, _ in preorder(chain)))
