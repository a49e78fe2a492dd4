# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 4 (lines 145-146),
# under "1. 普通函数".
# The block is kept exactly as in the seed.
def function():
    return 1
