# RUN: %difftest %s
# Seed 000_25e87e8223c6b93d.txt, code block 1 (lines 39-68),
# under "#### 使用生成器实现多任务".
# Changed: a call to main() is appended; work1 and work2 alternate until
# work1 raises StopIteration after 1000 steps (calc_time is never used).
import time

"""虽然实现多任务，但不能检测IO"""
def calc_time(func):
    def warpper(*args, **kwargs):
        start_time = time.time()
        func(*args, **kwargs)
        end_time = time.time()
        print(f'执行时间是：{end_time - start_time}')
    return warpper

def work1():
    for i in range(1000):
        print(f'听音乐...{i}')
        yield
        
def work2():
    for i in range(1000):
    	print(f'打游戏...{i}')
    	yield
        
def main():
    g1 = work1()
    g2 = work2()
    while True:
        try:
            next(g1)
            next(g2)
        except StopIteration:
            break 
main()  # added: the block defines main() but never calls it

