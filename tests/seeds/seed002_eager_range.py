# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 0 (lines 10-19),
# under "### 1.创建一个整数列表".
# The block is kept exactly as in the seed.

#1.创建一个整数列表
def eager_range(up_to):
    """Create a list of integers, from 0 to up_to, exclusive."""
    sequence = []
    index = 0
    while index < up_to:
        sequence.append(index)
        index += 1
    return sequence
