# A seed program (seed 002, "### 1.创建一个整数列表"). The last two lines are
# added so that it prints something; the rest is the seed block unchanged.

#1.创建一个整数列表
def eager_range(up_to):
    """Create a list of integers, from 0 to up_to, exclusive."""
    sequence = []
    index = 0
    while index < up_to:
        sequence.append(index)
        index += 1
    return sequence

print(eager_range(10))
print(len(eager_range(1000)), sum(eager_range(1000)))
