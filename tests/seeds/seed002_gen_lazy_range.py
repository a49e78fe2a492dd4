# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 1 (lines 30-35),
# under "### 2. 原生成器".
# The block is kept exactly as in the seed: a definition, no output.
def lazy_range(up_to):
    """Generator to return the sequence of integers from 0 to up_to, exclusive."""
    index = 0
    while index < up_to:
        yield index
        index += 1
