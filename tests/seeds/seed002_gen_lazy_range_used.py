# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 1 (lines 30-35),
# under "### 2. 原生成器".
# Changed: a few calls are appended (the block only defines lazy_range).
def lazy_range(up_to):
    """Generator to return the sequence of integers from 0 to up_to, exclusive."""
    index = 0
    while index < up_to:
        yield index
        index += 1
# added: use the generator
print(list(lazy_range(5)), sum(lazy_range(101)))
it = lazy_range(2)
print(next(it), next(it), next(it, "exhausted"))

