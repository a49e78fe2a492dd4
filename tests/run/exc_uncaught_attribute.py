# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# AttributeError on None, raised inside a method, uncaught.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

    def third(self):
        return self.next.next.value

chain = Node(1, Node(2, Node(3)))
print(chain.third())
short = Node(1, Node(2))
print("short chain:", short.value, short.next.value)
print(short.third())
