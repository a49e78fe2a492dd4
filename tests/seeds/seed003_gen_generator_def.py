# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 5 (lines 150-151),
# under "2. 生成器函数".
# The block is kept exactly as in the seed: a definition, no output.
def generator():
    yield 1
